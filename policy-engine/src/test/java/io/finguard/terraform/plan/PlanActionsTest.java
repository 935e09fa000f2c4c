package io.finguard.terraform.plan;

import io.finguard.terraform.Location;
import io.finguard.terraform.ProviderConfig;
import io.finguard.terraform.Resource;
import io.finguard.terraform.ResourceMode;
import io.finguard.terraform.TerraformModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import static io.finguard.terraform.plan.PlanValues.KNOWN_AFTER_APPLY;
import static io.finguard.terraform.plan.Plans.assertNum;
import static io.finguard.terraform.plan.Plans.assertStr;
import static io.finguard.terraform.plan.Plans.assertUnknown;
import static io.finguard.terraform.plan.Plans.at;
import static io.finguard.terraform.plan.Plans.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** actions.json: which changes make it into the model, and planned_values as the fallback. No configuration. */
class PlanActionsTest {

    private final TerraformModel model = Plans.load("actions.json");

    @Test
    void onlyWhatExistsAfterApplyIsLoaded() {
        assertEquals(List.of(
                "aws_instance.replaced_after_destroy",
                "aws_instance.replaced_before_destroy",
                "aws_s3_bucket.updated",
                "aws_s3_bucket.unchanged",
                "data.aws_caller_identity.current",
                "aws_cloudwatch_log_group.planned_only",
                "data.aws_region.current"),
                model.resources().stream().map(Resource::address).toList());
    }

    @Test
    void replacementsCarryTheNewObjectAndSurviveTheirDeposedEntry() {
        for (String name : List.of("replaced_after_destroy", "replaced_before_destroy")) {
            Resource r = resource(model, "aws_instance." + name);
            assertStr("ami-0b5e2a3c4d5e6f701", r.get("ami"));
            assertUnknown(KNOWN_AFTER_APPLY, r.get("id"));
        }
    }

    @Test
    void updatesCarryTheAfterSide() {
        assertStr("new", at(resource(model, "aws_s3_bucket.updated"), "tags", "Team"));
    }

    @Test
    void dataSourcesComeFromReadChangesAndFromPlannedValues() {
        Resource identity = resource(model, "data.aws_caller_identity.current");
        assertEquals(ResourceMode.DATA, identity.mode());
        assertEquals("aws_caller_identity", identity.type());
        assertEquals("current", identity.name());
        assertUnknown(KNOWN_AFTER_APPLY, identity.get("account_id"));

        Resource region = resource(model, "data.aws_region.current");
        assertEquals(ResourceMode.DATA, region.mode());
        assertStr("eu-west-1", region.get("name"));
        assertEquals(1, model.managedResources().stream().filter(r -> r.type().equals("aws_cloudwatch_log_group"))
                .count());
    }

    @Test
    void plannedValuesFillInResourcesWithoutAChange() {
        assertNum("0", resource(model, "aws_cloudwatch_log_group.planned_only").get("retention_in_days"));
    }

    @Test
    void aPlanWithNothingToDoIsAnEmptyModel(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.8\","
                + "\"planned_values\":{\"root_module\":{}},\"resource_changes\":[],\"configuration\":{\"root_module\":{}}}");
        TerraformModel empty = new PlanLoader().load(file, dir);
        assertEquals(List.of(), empty.errors());
        assertEquals(List.of(), empty.resources());
        assertEquals(List.of(""), empty.modules().stream().map(m -> m.address()).toList());
        assertEquals(dir, empty.root());
    }

    @Test
    void withoutConfigurationTheProviderIsImplicit() {
        assertEquals(new ProviderConfig("aws", null, "", null, Location.NONE),
                resource(model, "aws_s3_bucket.updated").provider());
        assertEquals(List.of(""), model.modules().stream().map(m -> m.address()).toList());
    }
}
