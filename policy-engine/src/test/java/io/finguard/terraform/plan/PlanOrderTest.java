package io.finguard.terraform.plan;

import io.finguard.terraform.Resource;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.finguard.terraform.plan.Plans.assertStr;
import static io.finguard.terraform.plan.Plans.assertUnknown;
import static io.finguard.terraform.plan.Plans.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reader streams the file twice and must not depend on the order Terraform happens to write sections and
 * fields in; other producers (Terragrunt, hand-written fixtures) order them differently.
 */
class PlanOrderTest {

    @TempDir
    Path dir;

    private TerraformModel load(String json) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, json);
        TerraformModel model = new PlanLoader().load(file, dir);
        assertEquals(List.of(), model.errors());
        return model;
    }

    @Test
    void aChangeWinsOverPlannedValuesWhicheverComesFirst() throws IOException {
        String planned = """
                "planned_values": {"root_module": {"resources": [
                  {"values": {"bucket": "from-planned"}, "address": "aws_s3_bucket.b", "mode": "managed",
                   "type": "aws_s3_bucket", "name": "b"}]}}""";
        String changes = """
                "resource_changes": [
                  {"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b",
                   "change": {"actions": ["update"], "after": {"bucket": "from-change"}, "after_unknown": {"arn": true}}}]""";
        for (String json : List.of("{" + planned + ", " + changes + "}", "{" + changes + ", " + planned + "}")) {
            Resource bucket = resource(load(json), "aws_s3_bucket.b");
            assertStr("from-change", bucket.get("bucket"));
            assertUnknown(PlanValues.KNOWN_AFTER_APPLY, bucket.get("arn"));
        }
    }

    @Test
    void configurationBeforeResourcesStillNamesUnknowns() throws IOException {
        Resource lifecycle = resource(load("""
                {"configuration": {"root_module": {"resources": [
                   {"address": "aws_s3_bucket_lifecycle_configuration.l", "provider_config_key": "aws",
                    "expressions": {"bucket": {"references": ["aws_s3_bucket.b.id", "aws_s3_bucket.b"]}}}]}},
                 "resource_changes": [
                   {"address": "aws_s3_bucket_lifecycle_configuration.l", "mode": "managed",
                    "type": "aws_s3_bucket_lifecycle_configuration", "name": "l",
                    "change": {"actions": ["create"], "after": {}, "after_unknown": {"bucket": true}}}]}
                """), "aws_s3_bucket_lifecycle_configuration.l");
        assertUnknown("aws_s3_bucket.b.id", lifecycle.get("bucket"));
    }

    @Test
    void oddlyShapedSectionsAreSkipped() throws IOException {
        TerraformModel model = load("""
                {"planned_values": {"outputs": {"o": {"value": 1}}, "root_module": {"resources": [7, null,
                   {"address": "data.aws_region.r", "mode": "data", "type": "aws_region", "name": "r",
                    "values": {"name": "eu-west-1"}}], "child_modules": "none"}},
                 "resource_changes": [1, [], {"address": "aws_sqs_queue.q", "type": "aws_sqs_queue", "name": "q",
                   "change": {"actions": ["create"], "after": {"name": "q"}, "after_unknown": false}}],
                 "variables": null, "configuration": []}
                """);
        assertEquals(List.of("aws_sqs_queue.q", "data.aws_region.r"),
                model.resources().stream().map(Resource::address).toList());
        assertEquals(new Value.Str("q"), resource(model, "aws_sqs_queue.q").get("name"));
    }
}
