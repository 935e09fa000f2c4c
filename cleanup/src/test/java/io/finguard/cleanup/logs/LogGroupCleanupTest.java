package io.finguard.cleanup.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finguard.cleanup.fakes.World;
import io.finguard.cleanup.model.Action;
import io.finguard.cleanup.model.ActionStatus;
import io.finguard.cleanup.model.ActionType;
import io.finguard.cleanup.model.CleanupReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogGroupCleanupTest {

    private final World w = new World();

    private static Action only(CleanupReport r, String name) {
        List<Action> found = r.actions().stream().filter(a -> a.id().equals(name)).toList();
        assertEquals(1, found.size(), () -> "one action on " + name + " in " + r.actions());
        return found.get(0);
    }

    @Test
    void neverExpiringGroupsGetTheirEnvironmentsRetention() {
        w.logs.group("/app/api", w.daysAgo(100), null, 5_000, Map.of("Environment", "dev"), w.daysAgo(0))
                .group("/prod/payments", w.daysAgo(100), null, 5_000, Map.of(), w.daysAgo(0))
                .group("svc-staging-worker", w.daysAgo(100), null, 5_000, Map.of(), w.daysAgo(0))
                .group("misc", w.daysAgo(100), null, 5_000, Map.of(), w.daysAgo(0))
                .group("/kept", w.daysAgo(100), 90, 5_000, Map.of(), w.daysAgo(0));

        CleanupReport plan = w.dryRun();
        assertEquals(4, plan.actions().size(), plan.actions()::toString);
        assertTrue(only(plan, "/app/api").reason().contains("set retention to 7 days"));
        assertTrue(only(plan, "/prod/payments").reason().contains("set retention to 30 days"));
        assertTrue(only(plan, "svc-staging-worker").reason().contains("set retention to 14 days"));
        assertTrue(only(plan, "misc").reason().contains("set retention to 30 days"));
        assertEquals(List.of(), w.calls.mutations());

        CleanupReport done = w.apply();
        assertEquals(4, done.summary().done());
        assertEquals(7, w.logs.groups().get("/app/api").retentionInDays());
        assertEquals(30, w.logs.groups().get("/prod/payments").retentionInDays());
        assertEquals(14, w.logs.groups().get("svc-staging-worker").retentionInDays());
        assertEquals(90, w.logs.groups().get("/kept").retentionInDays(), "a group that expires is left alone");
    }

    @Test
    void groupOfADeletedFunctionIsDeletedWhenQuiet() {
        w.lambda.function("alive");
        w.logs.group("/aws/lambda/gone", w.daysAgo(60), 14, 2_000_000_000L, Map.of(), w.daysAgo(20))
                .group("/aws/lambda/alive", w.daysAgo(60), 14, 1_000, Map.of(), w.daysAgo(20))
                .group("/aws/lambda/gone-recently", w.daysAgo(60), 14, 1_000, Map.of(), w.daysAgo(1))
                .group("/aws/lambda/us-east-1.edge-fn", w.daysAgo(60), 14, 1_000, Map.of(), w.daysAgo(20));

        CleanupReport r = w.apply();

        Action delete = only(r, "/aws/lambda/gone");
        assertEquals(ActionType.DELETE, delete.action());
        assertEquals(ActionStatus.DONE, delete.status());
        assertEquals(0.06, delete.estimatedMonthlySavingsUsd(), 1e-9, "2 GB at $0.03");
        assertEquals(1, r.actions().size(), "live function, recent events and Lambda@Edge replicas are kept");
        assertFalse(w.logs.groups().containsKey("/aws/lambda/gone"));
        assertTrue(w.logs.groups().containsKey("/aws/lambda/gone-recently"));
    }

    @Test
    void functionRecreatedSinceTheScanKeepsItsGroup() {
        w.logs.group("/aws/lambda/phoenix", w.daysAgo(60), 14, 1_000, Map.of(), w.daysAgo(20))
                .onReread("/aws/lambda/phoenix", () -> w.lambda.function("phoenix"));

        Action a = only(w.apply(), "/aws/lambda/phoenix");

        assertEquals(ActionStatus.SKIPPED, a.status());
        assertEquals("function phoenix exists again", a.error());
        assertTrue(w.logs.groups().containsKey("/aws/lambda/phoenix"));
    }

    @Test
    void anEmptyGroupOfALiveFunctionIsNeverDeletedOnlyGivenARetention() {
        // Lambda re-creates a deleted group on the next invocation, without retention: deleting it breeds the
        // never-expiring group the next run would find again
        w.lambda.function("idle");
        w.lambda.function("idle-kept");
        w.logs.group("/aws/lambda/idle", w.daysAgo(60), null, 0, Map.of("Environment", "dev"), null)
                .group("/aws/lambda/idle-kept", w.daysAgo(60), 14, 0, Map.of(), null)
                .group("/aws/lambda/us-east-1.edge-fn", w.daysAgo(60), 14, 0, Map.of(), null);

        CleanupReport r = w.apply();

        Action a = only(r, "/aws/lambda/idle");
        assertEquals(ActionType.SET_RETENTION, a.action());
        assertEquals(ActionStatus.DONE, a.status());
        assertEquals(1, r.actions().size(), "a live function's group with a retention, and a Lambda@Edge replica "
                + "(its function lives in us-east-1), are left alone: " + r.actions());
        assertEquals(7, w.logs.groups().get("/aws/lambda/idle").retentionInDays());
        assertTrue(w.logs.groups().containsKey("/aws/lambda/idle-kept"));
        assertTrue(w.logs.groups().containsKey("/aws/lambda/us-east-1.edge-fn"));
        assertEquals(0, w.calls.count("logs:DeleteLogGroup"));
    }

    @Test
    void emptyOldGroupIsDeletedAndYoungOneKept() {
        w.logs.group("/empty/old", w.daysAgo(30), 7, 0, Map.of(), null)
                .group("/empty/young", w.daysAgo(2), 7, 0, Map.of(), null);

        CleanupReport r = w.apply();

        assertEquals(ActionType.DELETE, only(r, "/empty/old").action());
        assertEquals(1, r.actions().size());
        assertFalse(w.logs.groups().containsKey("/empty/old"));
        assertTrue(w.logs.groups().containsKey("/empty/young"));
    }

    @Test
    void retentionSetSinceTheScanIsSkipped() {
        w.logs.group("/app/raced", w.daysAgo(30), null, 10, Map.of(), w.daysAgo(0))
                .onReread("/app/raced", () -> w.logs.setRetention("/app/raced", 3));

        Action a = only(w.apply(), "/app/raced");

        assertEquals(ActionStatus.SKIPPED, a.status());
        assertEquals(3, w.logs.groups().get("/app/raced").retentionInDays());
        assertEquals(List.of(), w.calls.mutations());
    }

    @Test
    void paginatesGroupsAndFunctions() {
        for (int i = 0; i < 5; i++) {
            w.lambda.function("fn-" + i);
            w.logs.group("/aws/lambda/fn-" + i, w.daysAgo(30), 7, 100, Map.of(), w.daysAgo(20));
        }
        w.logs.group("/aws/lambda/fn-9", w.daysAgo(30), 7, 100, Map.of(), w.daysAgo(20)).pageSize(2);
        w.lambda.pageSize(2);

        CleanupReport r = w.dryRun();

        assertEquals(List.of("/aws/lambda/fn-9"), r.actions().stream().map(Action::id).toList(),
                "fn-4, on the last page of functions, is found; fn-9, on the last page of groups, is seen");
        assertEquals(3, w.calls.count("lambda:ListFunctions"));
        assertTrue(w.calls.count("logs:DescribeLogGroups") >= 3);
    }

    @Test
    void oneFailureDoesNotStopTheRest() {
        for (int i = 0; i < 4; i++) {
            w.logs.group("/app/" + i, w.daysAgo(30), null, 10, Map.of(), w.daysAgo(0));
        }
        w.logs.fail("PutRetentionPolicy", "/app/1", "AccessDeniedException");

        CleanupReport r = w.apply();

        assertEquals(ActionStatus.FAILED, only(r, "/app/1").status());
        assertTrue(only(r, "/app/1").error().startsWith("logs:PutRetentionPolicy failed: AccessDeniedException"));
        assertEquals(3, r.summary().done());
        assertNull(w.logs.groups().get("/app/1").retentionInDays());
        assertEquals(30, w.logs.groups().get("/app/3").retentionInDays());
    }

    @Test
    void groupThatReceivedEventsSinceTheScanIsKept() {
        w.logs.group("/aws/lambda/woke", w.daysAgo(60), 14, 1_000, Map.of(), w.daysAgo(20))
                .onReread("/aws/lambda/woke", () -> w.logs.event("/aws/lambda/woke", w.clock.instant()));

        Action a = only(w.apply(), "/aws/lambda/woke");

        assertEquals(ActionStatus.SKIPPED, a.status());
        assertTrue(w.logs.groups().containsKey("/aws/lambda/woke"));
    }

    @Test
    void unreadableTagsLeaveTheNameToDecide() {
        w.logs.group("/dev/untaggable", w.daysAgo(30), null, 10, Map.of("Environment", "prod"), w.daysAgo(0))
                .failTags();

        Action a = only(w.dryRun(), "/dev/untaggable");

        assertEquals(ActionStatus.PLANNED, a.status());
        assertTrue(a.reason().contains("set retention to 7 days") && a.reason().contains("tags unreadable"),
                a.reason());
    }

    @Test
    void aGroupThatCannotBeCheckedFailsAloneEvenInADryRun() {
        w.logs.group("/aws/lambda/gone-a", w.daysAgo(60), 14, 10, Map.of(), w.daysAgo(20))
                .group("/aws/lambda/gone-b", w.daysAgo(60), 14, 10, Map.of(), w.daysAgo(20))
                .failStreams("/aws/lambda/gone-a");

        CleanupReport r = w.dryRun();

        Action failed = only(r, "/aws/lambda/gone-a");
        assertEquals(ActionStatus.FAILED, failed.status());
        assertTrue(failed.error().startsWith("logs:DescribeLogStreams failed"), failed.error());
        assertEquals(ActionStatus.PLANNED, only(r, "/aws/lambda/gone-b").status());
        assertTrue(r.hasFailures());
    }
}
