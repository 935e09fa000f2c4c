package io.finguard.terraform.plan;

import io.finguard.terraform.Location;
import io.finguard.terraform.Module;
import io.finguard.terraform.Resource;
import io.finguard.terraform.ResourceMode;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.Value;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.finguard.terraform.plan.Plans.assertNum;
import static io.finguard.terraform.plan.Plans.assertStr;
import static io.finguard.terraform.plan.Plans.assertUnknown;
import static io.finguard.terraform.plan.Plans.at;
import static io.finguard.terraform.plan.Plans.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** modules.json: for_each instances, a module two levels deep, a counted module. */
class PlanModulesTest {

    private final TerraformModel model = Plans.load("modules.json");

    @Test
    void resourcesKeepTheirInstanceAddressesAndModules() {
        assertEquals(List.of(
                "aws_s3_bucket.extra[\"a\"]|",
                "aws_s3_bucket.extra[\"b\"]|",
                "module.storage.aws_s3_bucket.data|module.storage",
                "module.storage.module.logs.aws_cloudwatch_log_group.this|module.storage.module.logs",
                "module.workers[0].aws_autoscaling_group.this|module.workers[0]",
                "module.workers[1].aws_autoscaling_group.this|module.workers[1]"),
                model.resources().stream().map(r -> r.address() + "|" + r.moduleAddress()).toList());
    }

    @Test
    void planInstancesAreExpandedAndHaveNoSyntax() {
        for (Resource r : model.resources()) {
            assertEquals(ResourceMode.MANAGED, r.mode());
            assertNull(r.count(), r.address());
            assertNull(r.forEach(), r.address());
            assertEquals(Location.NONE, r.location());
            assertNull(r.syntax());
            assertEquals(List.of(), r.callers());
        }
        Resource extra = resource(model, "aws_s3_bucket.extra[\"b\"]");
        assertEquals("aws_s3_bucket", extra.type());
        assertEquals("extra", extra.name());
        assertStr("acme-extra-b", extra.get("bucket"));
    }

    @Test
    void everyModuleInstanceIsListedWithItsCallSource() {
        assertEquals(List.of(
                "|null",
                "module.storage|./modules/storage",
                "module.storage.module.logs|./logs",
                "module.workers[0]|terraform-aws-modules/autoscaling/aws",
                "module.workers[1]|terraform-aws-modules/autoscaling/aws"),
                model.modules().stream().map(m -> m.address() + "|" + m.source()).toList());
        for (Module m : model.modules()) {
            assertNull(m.dir(), m.address());
            assertTrue(m.loaded(), m.address());
            assertEquals(Map.of(), m.locals());
            assertNull(m.call());
        }
    }

    @Test
    void rootVariablesComeFromThePlan() {
        Module root = model.modules().get(0);
        assertTrue(root.isRoot());
        assertEquals(List.of("environment", "bucket_names", "worker_max"), List.copyOf(root.variables().keySet()));
        assertStr("prod", root.variables().get("environment"));
        assertEquals(new Value.Seq(List.of(Value.str("a"), Value.str("b")), Value.SeqKind.LIST),
                root.variables().get("bucket_names"));
        assertNum("12", root.variables().get("worker_max"));
        assertEquals(Map.of(), model.modules().get(1).variables());
    }

    @Test
    void updatesCarryTheAfterSide() {
        assertNum("12", resource(model, "module.workers[0].aws_autoscaling_group.this").get("max_size"));
    }

    @Test
    void noOpChangesAreKept() {
        assertStr("workers-1", resource(model, "module.workers[1].aws_autoscaling_group.this").get("name"));
    }

    @Test
    void attributesUnknownAsAWholeAreUnknown() {
        Resource bucket = resource(model, "module.storage.aws_s3_bucket.data");
        assertUnknown(PlanValues.KNOWN_AFTER_APPLY, bucket.get("tags_all"));
        assertUnknown(PlanValues.KNOWN_AFTER_APPLY, bucket.get("arn"));
        assertStr("prod", at(bucket, "tags", "Environment"));
        assertEquals(Value.FALSE, bucket.get("force_destroy"));
    }

    @Test
    void nestedModulesInheritTheRootProvider() {
        for (String address : Arrays.asList("module.storage.module.logs.aws_cloudwatch_log_group.this",
                "module.workers[1].aws_autoscaling_group.this", "aws_s3_bucket.extra[\"a\"]")) {
            Resource r = resource(model, address);
            assertEquals("aws", r.provider().key(), address);
            assertEquals("", r.provider().moduleAddress(), address);
        }
    }
}
