package io.finguard.terraform.plan;

import io.finguard.terraform.TerraformModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static io.finguard.terraform.plan.Plans.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Configuration references kept beside the model, so rules can link resources whatever the plan knows. */
class PlanReferencesTest {

    private final PlanReferences unknowns = Plans.read("unknowns.json").references();
    private final PlanReferences counted = Plans.read("references.json").references();

    @Test
    void referencesByResourceAndArgument() {
        assertEquals(List.of("aws_s3_bucket.data.id", "aws_s3_bucket.data"),
                unknowns.of("aws_s3_bucket_lifecycle_configuration.data", "bucket"));
        assertEquals(List.of("aws_s3_bucket.data.bucket", "aws_s3_bucket.data"),
                unknowns.of("aws_lambda_function.ingest", "environment"));
        assertEquals(List.of(), unknowns.of("aws_s3_bucket.data", "bucket"));
        assertEquals(Map.of(), unknowns.of("aws_s3_bucket.nothing"));
    }

    @Test
    void resourcesCarryTheirOwnReferencesInEveryInstance() {
        TerraformModel model = Plans.load("references.json");
        for (String address : List.of("aws_s3_bucket_lifecycle_configuration.each[0]",
                "aws_s3_bucket_lifecycle_configuration.each[1]")) {
            assertEquals(List.of("aws_s3_bucket.logs", "count.index"), resource(model, address).referencesOf("bucket"));
        }
        assertEquals(List.of(), resource(model, "aws_s3_bucket_lifecycle_configuration.by_name").referencesOf("bucket"));
        assertEquals(Map.of(), Plans.load("actions.json").resources().get(0).references());
    }

    @Test
    void metaArgumentsAndModulesAreCovered() {
        PlanReferences modules = Plans.read("modules.json").references();
        assertEquals(List.of("var.bucket_names"), modules.of("aws_s3_bucket.extra[\"a\"]", "for_each"));
        assertEquals(List.of("var.max_size"), modules.of("module.workers[1].aws_autoscaling_group.this", "max_size"));
        assertEquals(List.of("aws_s3_bucket.logs"),
                counted.of("aws_s3_bucket_lifecycle_configuration.each[0]", "count"));
    }

    /** Instance keys: a keyless reference links every instance, a keyed one only its own; literal names link none. */
    @ParameterizedTest(name = "{0}: {1} -> {2}: {3}")
    @CsvSource({
            "unknowns.json,   aws_s3_bucket_lifecycle_configuration.data,          aws_s3_bucket.data,    true",
            "unknowns.json,   aws_lambda_function.ingest,                          aws_s3_bucket.data,    false",
            "unknowns.json,   aws_s3_bucket_lifecycle_configuration.data,          aws_s3_bucket.other,   false",
            "unknowns.json,   module.m.aws_s3_bucket_lifecycle_configuration.data, aws_s3_bucket.data,    false",
            "references.json, aws_s3_bucket_lifecycle_configuration.each[0],       aws_s3_bucket.logs[0], true",
            "references.json, aws_s3_bucket_lifecycle_configuration.each[1],       aws_s3_bucket.logs[1], true",
            "references.json, aws_s3_bucket_lifecycle_configuration.second,        aws_s3_bucket.logs[1], true",
            "references.json, aws_s3_bucket_lifecycle_configuration.second,        aws_s3_bucket.logs[0], false",
            "references.json, aws_s3_bucket_lifecycle_configuration.by_name,       aws_s3_bucket.logs[0], false"})
    void refersToLinksResourcesOfOneModuleInstance(String plan, String from, String target, boolean expected) {
        assertEquals(expected, Plans.read(plan).references().refersTo(from, "bucket", target));
    }

    @Test
    void configAddressDropsInstanceKeys() {
        assertEquals("module.a.aws_s3_bucket.b", PlanReferences.configAddress("module.a[0].aws_s3_bucket.b[\"x\"]"));
    }
}
