package io.finguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.finguard.cli.ScanCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.finguard.cli.ScanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code finguard inspect} as a user runs it: what lands on stdout, on stderr, and the exit code. */
class InspectCommandTest {

    @TempDir
    Path dir;

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void jsonListsResourcesWithEvaluatedValuesAndUnknowns() throws IOException {
        write("main.tf", """
                variable "env" { default = "prod" }
                resource "aws_s3_bucket" "data" {
                  bucket = "ml-${var.env}-data"
                  tags   = { Owner = aws_iam_user.owner.name }
                }
                """);
        Run r = run("inspect", "--format", "json", dir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = r.json();
        assertEquals(1, json.get("schemaVersion").asInt());
        JsonNode res = json.get("resources").get(0);
        assertEquals("aws_s3_bucket.data", res.get("address").asText());
        assertEquals("aws_s3_bucket", res.get("type").asText());
        assertEquals("data", res.get("name").asText());
        assertEquals("managed", res.get("mode").asText());
        assertEquals("main.tf", res.get("file").asText());
        assertEquals(2, res.get("line").asInt());
        assertEquals(5, res.get("endLine").asInt());
        assertEquals("provider[\"aws\"]", res.get("provider").asText());
        assertEquals("ml-prod-data", res.get("attributes").get("bucket").asText());
        assertEquals("aws_iam_user.owner.name",
                res.get("attributes").get("tags").get("Owner").get("unknown").asText());
        assertEquals(0, json.get("errors").size());
        assertEquals("", json.get("modules").get(0).get("address").asText());
    }

    @Test
    void syntaxErrorExitsOneWithFileAndLineWhileOtherFilesStillLoad() throws IOException {
        write("good.tf", "resource \"aws_s3_bucket\" \"ok\" { bucket = \"ok\" }\n");
        write("bad.tf", "\n\nresource \"aws_s3_bucket\" \"broken\" {\n  bucket = = \"x\"\n}\n");
        Run r = run("inspect", "--format", "json", dir.toString());
        assertEquals(1, r.code());
        JsonNode json = r.json();
        assertEquals("aws_s3_bucket.ok", json.get("resources").get(0).get("address").asText());
        JsonNode error = json.get("errors").get(0);
        assertEquals("bad.tf", error.get("file").asText());
        assertEquals(4, error.get("line").asInt());
        assertFalse(error.get("message").asText().isBlank());
    }

    @Test
    void missingPathIsAUsageErrorNamingThePath() {
        Run r = run("inspect", dir.resolve("nope").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nope"), r.err());
        assertEquals("", r.out(), "nothing but the report goes to stdout");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("inspect", "--frobnicate", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--frobnicate"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run r = run("inspect", "--format", "yaml", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("yaml"), r.err());
    }

    @Test
    void textFormatIsReadable() throws IOException {
        write("main.tf", "resource \"aws_sqs_queue\" \"jobs\" {\n  name = \"jobs\"\n}\n");
        Run r = run("inspect", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("aws_sqs_queue.jobs  main.tf:1"), r.out());
        assertTrue(r.out().contains("name = \"jobs\""), r.out());
        assertTrue(r.out().contains("1 resources in 1 modules, 0 errors"), r.out());
    }

    @Test
    void varOptionsReachTheRootModule() throws IOException {
        write("main.tf", "variable \"name\" {}\nresource \"aws_sqs_queue\" \"q\" { name = var.name }\n");
        write("prod.tfvars", "name = \"from-file\"\n");
        Run fromFile = run("inspect", "--format", "json", "--var-file", dir.resolve("prod.tfvars").toString(),
                dir.toString());
        assertEquals("from-file",
                fromFile.json().get("resources").get(0).get("attributes").get("name").asText());
        Run fromVar = run("inspect", "--format", "json", "--var", "name=from-var", dir.toString());
        assertEquals("from-var", fromVar.json().get("resources").get(0).get("attributes").get("name").asText());
    }

    @Test
    void versionAndHelp() {
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("finguard "), version.out());
        Run help = run("help", "inspect");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--plan"), help.out());
    }
}
