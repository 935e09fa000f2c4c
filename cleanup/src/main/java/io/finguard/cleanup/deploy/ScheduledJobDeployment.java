package io.finguard.cleanup.deploy;

import io.finguard.cleanup.aws.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;

/**
 * The deployment in order: the function first (the schedule needs its ARN), then the schedule. A failure is
 * recorded as a failed step instead of thrown, like every other action of cleanup.
 */
public final class ScheduledJobDeployment {

    static final Duration POLL = Duration.ofSeconds(2);
    static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final LambdaDeployer functions;
    private final ScheduleDeployer schedules;

    public ScheduledJobDeployment(LambdaClient lambda, SchedulerClient scheduler, Clock clock, Sleeper sleeper) {
        this.functions = new LambdaDeployer(lambda, new FunctionWaiter(lambda, clock, sleeper, POLL, TIMEOUT));
        this.schedules = new ScheduleDeployer(scheduler);
    }

    /** @param code the Lambda jar's bytes, or null in a dry run without a jar */
    public DeploymentReport deploy(DeploymentSettings s, byte[] code) {
        List<DeploymentStep> steps = new ArrayList<>();
        LambdaDeployer.Result function;
        try {
            function = functions.deploy(s, code);
        } catch (RuntimeException e) {
            steps.add(DeploymentStep.planned(LambdaDeployer.RESOURCE, s.functionName(), "create-or-update", "")
                    .failed(e.getMessage()));
            steps.add(DeploymentStep.planned(ScheduleDeployer.RESOURCE, s.scheduleName(), "none",
                    "not deployed because the function failed").failed("function deployment failed"));
            return DeploymentReport.of(!s.apply(), steps);
        }
        steps.addAll(function.steps());
        try {
            steps.add(schedules.deploy(s, function.functionArn()));
        } catch (RuntimeException e) {
            steps.add(DeploymentStep.planned(ScheduleDeployer.RESOURCE, s.scheduleName(), "create-or-update", "")
                    .failed(e.getMessage()));
        }
        return DeploymentReport.of(!s.apply(), steps);
    }
}
