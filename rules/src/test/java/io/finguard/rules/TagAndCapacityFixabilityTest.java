package io.finguard.rules;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which FG101 and FG201 findings say {@code fixable}: expected.json does not carry the flag, so these cases are
 * checked here. An FG201 fix is promised only when it leaves no finding behind; an FG101 fix inserts every missing
 * key that has an allowed {@code fix-values} entry, and what it cannot do stays a finding that says why.
 */
class TagAndCapacityFixabilityTest {

    @Test
    void missingTagsWithAllowedFixValuesAreFixableBesideWhatIsNot() throws Exception {
        assertEquals(Map.of(
                        "aws_s3_bucket.fillable", true,
                        "aws_s3_bucket.no_value_for_team", true,
                        "aws_s3_bucket.wrong_value", true,
                        "aws_autoscaling_group.blocks", true),
                fixable("FG101", "fix-values-make-missing-keys-fixable"));
        assertEquals(Map.of(
                        "aws_autoscaling_group.relies_on_default_tags", false,
                        "aws_autoscaling_group.not_propagated", true),
                fixable("FG101", "autoscaling-group-tag-blocks"));
    }

    @Test
    void aBoundIsFixableOnlyWhenMinAndDesiredFitTheCap() throws Exception {
        assertEquals(Map.of(
                        "aws_autoscaling_group.fits", true,
                        "aws_autoscaling_group.desired_would_not_fit", false,
                        "aws_autoscaling_group.only_desired_above_max", false),
                fixable("FG201", "fixable-when-min-and-desired-fit-the-cap"));
    }

    @Test
    void planOnlyFindingsAreNotFixable() throws Exception {
        assertEquals(Map.of("aws_eks_node_group.gpu", false, "aws_autoscaling_group.inference[0]", false),
                fixable("FG201", "plan-gpu-caps-and-unknown-bounds"));
    }

    private static Map<String, Boolean> fixable(String ruleId, String caseName) throws Exception {
        return RuleCasesTest.fixableByResource(ruleId, caseName);
    }
}
