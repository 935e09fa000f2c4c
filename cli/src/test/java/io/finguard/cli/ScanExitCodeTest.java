package io.finguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.finguard.cli.ScanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which problems fail a scan: a file that cannot be parsed always does; a value that cannot be evaluated, and a
 * remote module that {@code terraform init} has not installed, are listed and fail only with {@code --strict}.
 */
class ScanExitCodeTest {

    @TempDir
    Path dir;

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void anEvaluationErrorIsListedAndFailsOnlyUnderStrict() throws IOException {
        write("main.tf", "locals {\n  n = 1 / 0\n}\n");
        ScanCommandTest.Run plain = run("scan", "--format", "json", dir.toString());
        assertEquals(0, plain.code(), plain.err());
        JsonNode errors = plain.json().get("errors");
        assertEquals(1, errors.size(), plain.out());
        assertEquals(2, errors.get(0).get("line").asInt());
        assertEquals(1, plain.json().get("summary").get("errors").asInt());
        assertEquals(1, run("scan", "--strict", dir.toString()).code());
    }

    @Test
    void aParseErrorFailsTheScan() throws IOException {
        write("main.tf", "resource \"aws_s3_bucket\" \"b\" {\n");
        assertEquals(1, run("scan", dir.toString()).code());
    }

    @Test
    void aModuleThatIsNotInstalledIsListedAndFailsOnlyUnderStrict() throws IOException {
        write("main.tf", "module \"vpc\" {\n  source  = \"terraform-aws-modules/vpc/aws\"\n  version = \"5.0.0\"\n}\n");
        ScanCommandTest.Run text = run("scan", dir.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("1 module call not loaded (run terraform init to check it)"), text.out());
        ScanCommandTest.Run json = run("scan", "--format", "json", dir.toString());
        JsonNode notLoaded = json.json().get("modulesNotLoaded");
        assertEquals(1, notLoaded.size(), json.out());
        assertEquals("module.vpc", notLoaded.get(0).get("address").asText());
        assertEquals("main.tf", notLoaded.get(0).get("file").asText());
        assertEquals(1, notLoaded.get(0).get("line").asInt());
        assertEquals(1, run("scan", "--strict", dir.toString()).code());
    }

    @Test
    void aModuleInstalledByTerraformInitIsLoaded() throws IOException {
        write("main.tf", "module \"logs\" {\n  source = \"example/logs/aws\"\n}\n");
        write(".terraform/modules/modules.json", "{\"Modules\":[{\"Key\":\"\",\"Source\":\"\",\"Dir\":\".\"},"
                + "{\"Key\":\"logs\",\"Source\":\"registry.example/example/logs/aws\","
                + "\"Dir\":\".terraform/modules/logs\"}]}");
        write(".terraform/modules/logs/main.tf",
                "resource \"aws_cloudwatch_log_group\" \"this\" {\n  name = \"app\"\n}\n");
        ScanCommandTest.Run json = run("scan", "--format", "json", "--rule", "FG501", dir.toString());
        assertEquals(0, json.json().get("modulesNotLoaded").size(), json.out());
        JsonNode findings = json.json().get("findings");
        assertEquals(1, findings.size(), json.out());
        assertEquals("module.logs.aws_cloudwatch_log_group.this", findings.get(0).get("resource").asText());
    }
}
