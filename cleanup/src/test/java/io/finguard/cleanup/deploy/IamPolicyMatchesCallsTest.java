package io.finguard.cleanup.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finguard.cleanup.aws.AwsAction;
import io.finguard.cleanup.ebs.DeletionMark;
import io.finguard.cleanup.fakes.World;
import io.finguard.cleanup.model.JobSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The printed policy lists exactly the actions the job calls: a run that exercises every path (mark, stale mark,
 * snapshot + delete, retention, orphaned and empty log groups) is recorded on the fakes, and the recorded set must
 * equal the policy's. A call added without its {@link AwsAction}, or an action no longer called, fails here.
 */
class IamPolicyMatchesCallsTest {

    @Test
    void policyListsExactlyTheActionsTheJobCalls() {
        World w = new World();
        w.ec2.volume("vol-new", "available", 10, "gp3", w.daysAgo(30), Map.of())
                .volume("vol-due", "available", 10, "gp3", w.daysAgo(30),
                        Map.of(DeletionMark.TAG_KEY, DeletionMark.format(w.daysAgo(8))))
                .volume("vol-stale", "in-use", 10, "gp3", w.daysAgo(30),
                        Map.of(DeletionMark.TAG_KEY, DeletionMark.format(w.daysAgo(8))))
                .snapshotsEndIn("completed", 1);
        w.lambda.function("alive");
        w.logs.group("/app/forever", w.daysAgo(30), null, 10, Map.of("Environment", "prod"), w.daysAgo(0))
                .group("/aws/lambda/gone", w.daysAgo(30), 7, 10, Map.of(), w.daysAgo(20))
                .group("/empty", w.daysAgo(30), 7, 0, Map.of(), null);

        w.run(new JobSettings(List.of(World.REGION), Duration.ofDays(7), "finguard:keep", Duration.ofDays(7),
                true, true, null, null));

        Set<String> policy = IamPolicy.actionsIn(IamPolicy.forJob());
        assertEquals(policy, w.calls.actions());
        assertEquals(AwsAction.jobActions().stream().map(AwsAction::iamName).collect(Collectors.toCollection(TreeSet::new)),
                policy);
    }

    @Test
    void policyIsValidIamJsonShape() {
        Map<String, Object> p = IamPolicy.forJob();
        assertEquals("2012-10-17", p.get("Version"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> statements = (List<Map<String, Object>>) p.get("Statement");
        assertEquals(List.of("FinguardCleanupEc2", "FinguardCleanupLambda", "FinguardCleanupLogs"),
                statements.stream().map(s -> s.get("Sid")).toList());
        statements.forEach(s -> assertEquals("Allow", s.get("Effect")));
    }
}
