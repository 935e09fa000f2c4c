package io.finguard.cleanup.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.cleanup.aws.AwsAction;
import io.finguard.cleanup.aws.AwsCall;
import io.finguard.cleanup.aws.AwsCallException;
import io.finguard.cleanup.model.JobSettingsJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.ScheduleState;
import software.amazon.awssdk.services.scheduler.model.Target;

/**
 * Creates the EventBridge Scheduler schedule that invokes the function with the job's settings as input, or
 * updates it when the expression, target, role, input or state differ. Unchanged, it is left alone.
 */
final class ScheduleDeployer {

    static final String RESOURCE = "schedule";
    /** Shown in a dry run when the function does not exist yet, so its ARN is not known. */
    static final String PENDING_ARN = "(ARN of the function once created)";

    private final SchedulerClient scheduler;
    private final ObjectMapper json = new ObjectMapper();

    ScheduleDeployer(SchedulerClient scheduler) {
        this.scheduler = scheduler;
    }

    DeploymentStep deploy(DeploymentSettings s, Optional<String> functionArn) {
        String input = input(s);
        String target = functionArn.orElse(PENDING_ARN);
        Optional<GetScheduleResponse> existing = current(s);
        String detail = s.scheduleExpression() + " -> " + target + ", role " + s.schedulerRoleArn() + ", input " + input;
        if (existing.isEmpty()) {
            DeploymentStep step = DeploymentStep.planned(RESOURCE, s.scheduleName(), "create", detail);
            if (!s.apply()) {
                return step;
            }
            AwsCall.of(AwsAction.SCHEDULER_CREATE_SCHEDULE, () -> scheduler.createSchedule(r -> r
                    .name(s.scheduleName()).groupName(s.scheduleGroup()).scheduleExpression(s.scheduleExpression())
                    .state(ScheduleState.ENABLED).flexibleTimeWindow(w -> w.mode(FlexibleTimeWindowMode.OFF))
                    .description("finguard cleanup")
                    .target(target(target, s.schedulerRoleArn(), input))));
            return step.done();
        }
        List<String> differences = differences(existing.get(), s, target, input);
        if (differences.isEmpty()) {
            return DeploymentStep.planned(RESOURCE, s.scheduleName(), "none", "up to date").done();
        }
        DeploymentStep step = DeploymentStep.planned(RESOURCE, s.scheduleName(), "update", String.join("; ", differences));
        if (!s.apply()) {
            return step;
        }
        AwsCall.of(AwsAction.SCHEDULER_UPDATE_SCHEDULE, () -> scheduler.updateSchedule(r -> r
                .name(s.scheduleName()).groupName(s.scheduleGroup()).scheduleExpression(s.scheduleExpression())
                .state(ScheduleState.ENABLED).flexibleTimeWindow(w -> w.mode(FlexibleTimeWindowMode.OFF))
                .description("finguard cleanup")
                .target(target(target, s.schedulerRoleArn(), input))));
        return step.done();
    }

    private static Target target(String arn, String roleArn, String input) {
        return Target.builder().arn(arn).roleArn(roleArn).input(input).build();
    }

    private Optional<GetScheduleResponse> current(DeploymentSettings s) {
        try {
            return Optional.of(AwsCall.of(AwsAction.SCHEDULER_GET_SCHEDULE,
                    () -> scheduler.getSchedule(r -> r.name(s.scheduleName()).groupName(s.scheduleGroup()))));
        } catch (AwsCallException e) {
            if ("ResourceNotFoundException".equals(e.errorCode())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private List<String> differences(GetScheduleResponse g, DeploymentSettings s, String targetArn, String input) {
        List<String> d = new ArrayList<>();
        if (!Objects.equals(g.scheduleExpression(), s.scheduleExpression())) {
            d.add("expression " + g.scheduleExpression() + " -> " + s.scheduleExpression());
        }
        if (g.state() != ScheduleState.ENABLED) {
            d.add("state " + g.stateAsString() + " -> ENABLED");
        }
        Target t = g.target();
        if (t == null || !Objects.equals(t.arn(), targetArn)) {
            d.add("target -> " + targetArn);
        }
        if (t == null || !Objects.equals(t.roleArn(), s.schedulerRoleArn())) {
            d.add("role -> " + s.schedulerRoleArn());
        }
        if (t == null || !sameJson(t.input(), input)) {
            d.add("input -> " + input);
        }
        return d;
    }

    /** Compared as JSON trees, so key order or spacing changed by the console does not count as a difference. */
    private boolean sameJson(String a, String b) {
        if (a == null) {
            return false;
        }
        try {
            JsonNode x = json.readTree(a);
            return x.equals(json.readTree(b));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private String input(DeploymentSettings s) {
        try {
            return json.writeValueAsString(JobSettingsJson.toMap(s.job()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schedule input", e);
        }
    }
}
