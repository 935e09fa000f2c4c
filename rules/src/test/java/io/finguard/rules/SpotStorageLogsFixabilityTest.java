package io.finguard.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which FG301, FG401, FG501 and FG502 findings say {@code fixable}: expected.json does not carry the flag, so the
 * cases that decide it are checked here.
 */
class SpotStorageLogsFixabilityTest {

    @Test
    void spotShapesFinguardCanRewriteAreFixable() throws Exception {
        assertEquals(Map.of("aws_eks_node_group.gpu_training", true),
                fixable("FG301", "node-group-on-demand-training"));
        assertEquals(Map.of("aws_instance.trainer", true), fixable("FG301", "instance-from-on-demand-launch-template"));
        assertEquals(Map.of("aws_autoscaling_group.training_workers", true),
                fixable("FG301", "asg-mixed-on-demand-percent"));
    }

    @Test
    void spotShapesThatNeedChoicesAreNot() throws Exception {
        assertEquals(Map.of("aws_autoscaling_group.training_workers", false),
                fixable("FG301", "asg-mixed-no-distribution"));
        assertEquals(Map.of("aws_autoscaling_group.training", false),
                fixable("FG301", "asg-on-demand-launch-template"));
        assertEquals(Map.of("aws_batch_compute_environment.training", false), fixable("FG301", "batch-ec2-training"));
        // a Capacity Block is reserved capacity the template runs in: spot would not use it
        assertEquals(Map.of("aws_launch_template.training", false), fixable("FG301", "launch-template-capacity-block"));
    }

    @Test
    void aMissingOrIncompleteConfigurationIsFixableInlineRulesAreNot() throws Exception {
        assertEquals(Map.of("aws_s3_bucket.data", true), fixable("FG401", "no-lifecycle"));
        assertEquals(Map.of("aws_s3_bucket.artifacts", true),
                fixable("FG401", "versioned-without-noncurrent-expiration"));
        assertEquals(Map.of("aws_s3_bucket.legacy", false), fixable("FG401", "legacy-inline-rule-disabled"));
    }

    @Test
    void retentionAndDefaultLambdaGroupsAreFixableCustomGroupsAreNot() throws Exception {
        assertEquals(Map.of("aws_cloudwatch_log_group.jobs", true), fixable("FG501", "retention-zero"));
        assertEquals(Map.of("aws_lambda_function.hook", true), fixable("FG502", "no-log-group"));
        assertEquals(Map.of("aws_lambda_function.hook", false), fixable("FG502", "logging-config-unmanaged-group"));
    }

    @Test
    void planOnlyFindingsAreNotFixable() throws Exception {
        assertEquals(Map.of("aws_eks_node_group.gpu", false), fixable("FG301", "plan-node-group-on-demand"));
        assertEquals(Map.of("aws_s3_bucket.logs", false), fixable("FG401", "plan-linked-by-reference"));
        assertEquals(Map.of("aws_lambda_function.hook", false), fixable("FG502", "plan-computed-logging-config"));
        assertEquals(Map.of("aws_cloudwatch_log_group.jobs", true), fixable("FG501", "plan-with-hcl"));
    }

    private static Map<String, Boolean> fixable(String ruleId, String caseName) throws Exception {
        return RuleCasesTest.fixableByResource(ruleId, caseName);
    }
}
