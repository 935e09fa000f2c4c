package io.finguard.terraform.plan;

import io.finguard.terraform.Resource;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.Value;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.finguard.terraform.plan.PlanValues.KNOWN_AFTER_APPLY;
import static io.finguard.terraform.plan.Plans.assertNum;
import static io.finguard.terraform.plan.Plans.assertStr;
import static io.finguard.terraform.plan.Plans.assertUnknown;
import static io.finguard.terraform.plan.Plans.at;
import static io.finguard.terraform.plan.Plans.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** unknowns.json: after_unknown at every nesting level, named after configuration references where there is one. */
class PlanUnknownsTest {

    private final TerraformModel model = Plans.load("unknowns.json");
    private final Resource lifecycle = resource(model, "aws_s3_bucket_lifecycle_configuration.data");
    private final Resource lambda = resource(model, "aws_lambda_function.ingest");

    @Test
    void topLevelUnknownTakesTheMostSpecificReference() {
        assertUnknown("aws_s3_bucket.data.id", lifecycle.get("bucket"));
        assertUnknown("aws_iam_role.ingest.arn", lambda.get("role"));
    }

    @Test
    void computedAttributesWithoutAnExpressionAreKnownAfterApply() {
        assertUnknown(KNOWN_AFTER_APPLY, lifecycle.get("id"));
        assertUnknown(KNOWN_AFTER_APPLY, lambda.get("logging_config"));
        assertUnknown(KNOWN_AFTER_APPLY, at(lambda, "tags_all", "Name"));
    }

    /**
     * {@code tags = merge(local.cost_allocation_tags_for_data, {Name = aws_s3_bucket.data.id})}: locals are known
     * in a plan, so the shorter resource reference names the unknown.
     */
    @Test
    void unknownInsideAnObjectAttributeUsesTheAttributesResourceReference() {
        assertUnknown("aws_s3_bucket.data.id", at(lambda, "tags", "Name"));
        assertStr("data", at(lambda, "tags", "Team"));
        assertTrue(lambda.get("tags").containsUnknown());
        assertStr("acme", at(lambda, "tags_all", "Project"));
    }

    @Test
    void unknownInsideANestedBlockFollowsTheBlocksExpressions() {
        assertUnknown("aws_s3_bucket.data.bucket", at(lambda, "environment", 0, "variables", "BUCKET"));
        assertStr("prod", at(lambda, "environment", 0, "variables", "STAGE"));
        assertUnknown(KNOWN_AFTER_APPLY, at(lifecycle, "rule", 0, "transition", 0, "newer_noncurrent_versions"));
        assertNum("30", at(lifecycle, "rule", 0, "transition", 0, "days"));
        assertNum("7", at(lifecycle, "rule", 0, "abort_incomplete_multipart_upload", 0, "days_after_initiation"));
    }

    @Test
    void unknownListElementsKeepTheirPosition() {
        assertEquals(new Value.Seq(List.of(new Value.Unknown("aws_lambda_layer_version.deps.arn"),
                        Value.str("arn:aws:lambda:eu-west-1:123456789012:layer:common:3")), Value.SeqKind.LIST),
                lambda.get("layers"));
    }

    @Test
    void knownValuesConvertExactly() {
        assertNum("30.5", lambda.get("timeout"));
        assertNum("512", lambda.get("memory_size"));
        assertEquals(Value.NULL, lifecycle.get("expected_bucket_owner"));
        assertEquals(Value.NULL, lifecycle.get("timeouts"));
        assertEquals(new Value.Seq(List.of(), Value.SeqKind.LIST), at(lifecycle, "rule", 0, "expiration"));
        assertEquals(Value.ObjKind.OBJECT, ((Value.Obj) at(lambda, "tags")).kind());
        assertStr("Enabled", at(lifecycle, "rule", 0, "status"));
    }

    @Test
    void knownResourcesHaveNoUnknownsBeyondComputedOnes() {
        Resource bucket = resource(model, "aws_s3_bucket.data");
        assertFalse(bucket.get("tags").containsUnknown());
        assertUnknown(KNOWN_AFTER_APPLY, bucket.get("versioning"));
    }
}
