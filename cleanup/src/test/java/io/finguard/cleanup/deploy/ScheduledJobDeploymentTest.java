package io.finguard.cleanup.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.cleanup.aws.AwsAction;
import io.finguard.cleanup.fakes.CallLog;
import io.finguard.cleanup.fakes.FakeLambda;
import io.finguard.cleanup.fakes.FakeScheduler;
import io.finguard.cleanup.fakes.MutableClock;
import io.finguard.cleanup.model.ActionStatus;
import io.finguard.cleanup.model.JobSettings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;

class ScheduledJobDeploymentTest {

    private static final byte[] JAR_V1 = "jar-v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JAR_V2 = "jar-v2".getBytes(StandardCharsets.UTF_8);

    private final CallLog calls = new CallLog();
    private final FakeLambda lambda = new FakeLambda(calls);
    private final FakeScheduler scheduler = new FakeScheduler(calls);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    private final ScheduledJobDeployment deployment = new ScheduledJobDeployment(lambda, scheduler, clock, clock.sleeper());

    private static DeploymentSettings settings(boolean apply, String expression, boolean jobApply) {
        JobSettings job = JobSettings.defaults().withRegions(List.of("eu-west-1", "us-east-1")).withApply(jobApply);
        return new DeploymentSettings("eu-west-1", "finguard-cleanup", "arn:aws:iam::123456789012:role/cleanup",
                "arn:aws:iam::123456789012:role/scheduler", expression, "default", "java21", 512, 900, null, job,
                apply, null, null);
    }

    private static List<String> actions(DeploymentReport r) {
        return r.steps().stream().map(s -> s.resource() + ":" + s.action() + ":" + s.status().jsonName()).toList();
    }

    @Test
    void dryRunOnlyReads() {
        DeploymentReport r = deployment.deploy(settings(false, "rate(1 day)", false), JAR_V1);

        assertEquals(List.of("lambda-function:create:planned", "schedule:create:planned"), actions(r));
        assertTrue(r.dryRun());
        assertEquals(List.of(), calls.mutations());
        assertEquals(List.of(), lambda.names());
    }

    @Test
    void createsThenLeavesAloneThenUpdatesOnlyWhatChanged() throws Exception {
        DeploymentReport first = deployment.deploy(settings(true, "rate(1 day)", true), JAR_V1);
        assertEquals(List.of("lambda-function:create:done", "schedule:create:done"), actions(first));
        var fn = lambda.functions().get("finguard-cleanup");
        assertEquals(DeploymentSettings.HANDLER, fn.handler());
        assertEquals("java21", fn.runtimeAsString());
        GetScheduleResponse schedule = scheduler.schedule("default", "finguard-cleanup");
        assertEquals("rate(1 day)", schedule.scheduleExpression());
        assertEquals(fn.functionArn(), schedule.target().arn());
        assertEquals("arn:aws:iam::123456789012:role/scheduler", schedule.target().roleArn());
        Map<?, ?> input = new ObjectMapper().readValue(schedule.target().input(), Map.class);
        assertEquals(List.of("eu-west-1", "us-east-1"), input.get("regions"));
        assertEquals(true, input.get("apply"));
        assertEquals("7d", input.get("minAge"));

        calls.clear();
        DeploymentReport second = deployment.deploy(settings(true, "rate(1 day)", true), JAR_V1);
        assertEquals(List.of("lambda-function:none:done", "schedule:none:done"), actions(second));
        assertEquals(List.of(), calls.mutations(), "idempotent: nothing changes the second time");

        DeploymentReport third = deployment.deploy(settings(true, "cron(0 3 * * ? *)", true), JAR_V2);
        assertEquals(List.of("lambda-function:update-code:done", "schedule:update:done"), actions(third));
        assertEquals("cron(0 3 * * ? *)", scheduler.schedule("default", "finguard-cleanup").scheduleExpression());
        assertEquals(LambdaDeployer.sha256(JAR_V2), lambda.functions().get("finguard-cleanup").codeSha256());
    }

    @Test
    void configurationDriftIsCorrectedAfterTheCodeUpdateSettles() {
        deployment.deploy(settings(true, "rate(1 day)", false), JAR_V1);
        DeploymentSettings bigger = new DeploymentSettings("eu-west-1", "finguard-cleanup",
                "arn:aws:iam::123456789012:role/cleanup", "arn:aws:iam::123456789012:role/scheduler", "rate(1 day)",
                "default", "java21", 1024, 600, null, JobSettings.defaults(), true, null, null);

        DeploymentReport r = deployment.deploy(bigger, JAR_V2);

        assertEquals(List.of("lambda-function:update-code:done", "lambda-function:update-configuration:done",
                "schedule:update:done"), actions(r), "the fake rejects an update while one is in progress");
        assertEquals(1024, lambda.functions().get("finguard-cleanup").memorySize());
    }

    @Test
    void deploymentCallsAreTheDeployActions() {
        deployment.deploy(settings(true, "rate(1 day)", false), JAR_V1);
        deployment.deploy(settings(true, "rate(2 days)", false), JAR_V2);
        deployment.deploy(new DeploymentSettings("eu-west-1", "finguard-cleanup", "arn:aws:iam::1:role/other",
                "arn:aws:iam::1:role/other", "rate(2 days)", "default", "java21", 512, 900, null,
                JobSettings.defaults(), true, null, null), JAR_V2);

        assertEquals(AwsAction.actionsOf(AwsAction.Caller.DEPLOY).stream().map(AwsAction::iamName)
                .collect(Collectors.toCollection(java.util.TreeSet::new)), calls.actions());
    }

    @Test
    void failureIsReportedNotThrown() {
        DeploymentSettings s = settings(true, "rate(1 day)", false);
        DeploymentReport r = deployment.deploy(s, null);

        assertTrue(r.hasFailures());
        assertEquals(ActionStatus.FAILED, r.steps().get(0).status());
        assertTrue(r.steps().get(0).error().contains("needs the Lambda jar"), r.steps().get(0).error());
        assertNull(scheduler.schedule("default", "finguard-cleanup"));
    }
}
