package io.finguard.terraform.plan;

import io.finguard.terraform.LoadError;
import io.finguard.terraform.TerraformModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.finguard.terraform.plan.Plans.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that are not usable plans: one error each, never an exception. */
class PlanErrorsTest {

    @TempDir
    Path dir;

    private static LoadError onlyError(TerraformModel model) {
        assertEquals(1, model.errors().size(), () -> model.errors().toString());
        assertEquals(List.of(), model.resources());
        assertEquals(List.of(), model.modules());
        return model.errors().get(0);
    }

    private LoadError errorFor(String content) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, content);
        LoadError error = onlyError(new PlanLoader().load(file, dir));
        assertEquals("plan.json", error.file());
        return error;
    }

    @Test
    void malformedJsonNamesTheLine() {
        LoadError error = onlyError(new PlanLoader().load(Plans.path("malformed.json"), Plans.dir()));
        assertEquals(new LoadError("malformed.json", 7, error.message()), error);
        assertTrue(error.message().startsWith("malformed JSON: Unexpected character"), error.message());
    }

    @Test
    void jsonThatIsNotAPlanIsSaidToBeSo() {
        LoadError error = onlyError(new PlanLoader().load(Plans.path("not-a-plan.json"), Plans.dir()));
        assertEquals(new LoadError("not-a-plan.json", 0, "not a Terraform plan: no planned_values or resource_changes"),
                error);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            "''                                          | 0 | empty file: not a Terraform plan",
            "'  \n\t\n'                                  | 0 | empty file: not a Terraform plan",
            "'\n[ {\"planned_values\": {}} ]'            | 2 | not a Terraform plan: expected a JSON object",
            "'\"planned_values\"'                        | 1 | not a Terraform plan: expected a JSON object",
            "'{\"format_version\": \"1.2\"}'             | 0 | not a Terraform plan: no planned_values or resource_changes",
            "'{\"format_version\": {\"v\": 1}, \"prior_state\": {}}' | 0 | not a Terraform plan: no planned_values or resource_changes",
            "'{\"format_version\": \"2.0\", \"planned_values\": {}}' | 0 | unsupported plan format_version 2.0 (finguard reads 0.x and 1.x)",
            "'{\"format_version\": \"10.1\", \"planned_values\": {}}' | 0 | unsupported plan format_version 10.1 (finguard reads 0.x and 1.x)",
            "'{\"format_version\": \"one\", \"planned_values\": {}}' | 0 | unsupported plan format_version one (finguard reads 0.x and 1.x)",
            "'{\"planned_values\": {}}\n{}'              | 2 | malformed JSON: unexpected content after the plan object",
            "'{\"planned_values\": {\n\"root_module\": {' | 2 | malformed JSON: Unexpected end-of-input"})
    void unusableContentIsOneError(String content, int line, String message) throws IOException {
        LoadError error = errorFor(content.replace("\\n", "\n").replace("\\t", "\t"));
        assertEquals(line, error.line(), error.message());
        assertTrue(error.message().startsWith(message), error.message());
        assertFalse(error.message().contains("Source:"), error.message());
    }

    /** Terraform 0.12-0.14 write "0.1", 0.15 writes "0.2", 1.x writes "1.0" to "1.2"; a minor finguard has not seen is read. */
    @ParameterizedTest
    @CsvSource({"0.1", "0.2", "1.0", "1.2", "1.9", "1"})
    void formatVersionsUpToMajorOneAreRead(String version) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "{\"format_version\": \"" + version + "\", \"planned_values\": {\"root_module\": "
                + "{\"resources\": [{\"address\": \"aws_s3_bucket.b\", \"mode\": \"managed\", \"type\": \"aws_s3_bucket\", "
                + "\"name\": \"b\", \"provider_name\": \"aws\", \"values\": {\"bucket\": \"b\"}}]}}}");
        TerraformModel model = new PlanLoader().load(file, dir);
        assertEquals(List.of(), model.errors());
        assertEquals(List.of("aws_s3_bucket.b"), model.resources().stream().map(r -> r.address()).toList());
    }

    @Test
    void nestingBeyondTheReadersLimitIsAnError() throws IOException {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        LoadError error = errorFor("{\"planned_values\": {\"root_module\": {\"resources\": [{\"address\": \"a.b\", "
                + "\"type\": \"a\", \"name\": \"b\", \"values\": {\"x\": " + deep + "}}]}}}");
        assertTrue(error.message().startsWith("cannot read plan: Document nesting depth"), error.message());
    }

    @Test
    void missingFileIsAnError() {
        LoadError error = onlyError(new PlanLoader().load(dir.resolve("plans/tfplan.json"), dir));
        assertEquals(new LoadError("plans/tfplan.json", 0, "cannot read plan: file not found"), error);
    }

    @Test
    void directoryIsAnError() {
        LoadError error = onlyError(new PlanLoader().load(dir, dir.getParent()));
        assertEquals("cannot read plan: it is a directory", error.message());
    }

    @Test
    void fileOutsideTheScanRootIsNamedAsGiven() {
        Path outside = Plans.path("not-a-plan.json");
        LoadError error = onlyError(new PlanLoader().load(outside, dir));
        assertEquals(outside.toString(), error.file());
    }

    @Test
    void failedReadsHaveNoReferences() {
        assertSame(PlanReferences.EMPTY, new PlanLoader().read(dir.resolve("none.json"), dir).references());
    }

    @Test
    void aBrokenEntryCostsOnlyItself() throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, """
                {"format_version": "1.2", "resource_changes": [
                  {"mode": "managed", "type": "aws_s3_bucket", "name": "x", "change": {"actions": ["create"]}},
                  {"address": "aws_s3_bucket.y", "mode": "managed", "type": "aws_s3_bucket", "name": "y",
                   "change": {"actions": ["create"], "after": {"bucket": "y"}, "after_unknown": {}}},
                  {"address": "", "change": {"actions": ["create"]}}
                ]}
                """);
        TerraformModel model = new PlanLoader().load(file, dir);
        assertEquals(List.of("resource_changes[0] has no address; skipped",
                        "resource_changes[2] () has no type or name; skipped"),
                model.errors().stream().map(LoadError::message).toList());
        assertEquals("y", ((io.finguard.terraform.Value.Str) resource(model, "aws_s3_bucket.y").get("bucket")).value());
    }

    @Test
    void stateOutputLoadsLikeAPlan() {
        TerraformModel model = Plans.load("state.json");
        assertEquals(List.of("aws_cloudwatch_log_group.app"),
                model.resources().stream().map(r -> r.address()).toList());
    }
}
