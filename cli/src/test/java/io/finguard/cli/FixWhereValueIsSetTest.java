package io.finguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.finguard.cli.FixCommandTest.git;
import static io.finguard.cli.ScanCommandTest.run;
import static io.finguard.cli.TerraformFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's "done when" for a value left at a module's default (decision 076): two example roots call a shared
 * Lambda module without setting {@code cloudwatch_logs_retention_in_days}, whose default is null. The finding names
 * the chain; {@code fix} adds the argument to each caller's {@code module} block, {@code git apply} takes the diff,
 * a second run has nothing to do, and the shared module's files are never touched. (SARIF with chains is validated
 * against the schema in policy-engine's {@code SarifSchemaTest}.)
 */
class FixWhereValueIsSetTest {

    private static final String VARIABLES = """
            variable "function_name" {
              type = string
            }

            variable "cloudwatch_logs_retention_in_days" {
              description = "Days to keep the function's logs; null keeps them forever"
              type        = number
              default     = null
            }
            """;

    private static final String MODULE = """
            resource "aws_cloudwatch_log_group" "lambda" {
              name              = "/aws/lambda/${var.function_name}"
              retention_in_days = var.cloudwatch_logs_retention_in_days
            }
            """;

    @TempDir
    Path tmp;

    /** The module and two roots calling it, in a directory with its own {@code .git}. */
    private Path project(Path dir) throws IOException {
        write(dir, "modules/lambda/variables.tf", VARIABLES);
        write(dir, "modules/lambda/main.tf", MODULE);
        for (String example : List.of("complete", "simple")) {
            write(dir, "examples/" + example + "/main.tf", """
                    module "lambda_function" {
                      source = "../../modules/lambda"

                      function_name = "acme-prod-%s"
                    }
                    """.formatted(example));
        }
        Files.createDirectories(dir.resolve(".git"));
        return dir;
    }

    @Test
    void theArgumentGoesOnEachCallersModuleBlockAndTheSharedModuleIsUnchanged() throws Exception {
        Path fixed = project(tmp.resolve("fixed"));
        Path clean = project(tmp.resolve("clean"));
        Files.delete(clean.resolve(".git"));
        git(clean, "init", "-q");
        Map<String, String> before = read(fixed);

        ScanCommandTest.Run diff = run("fix", "--rule", "FG501", fixed.toString());
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().contains("""
                diff --git a/examples/complete/main.tf b/examples/complete/main.tf
                --- a/examples/complete/main.tf
                +++ b/examples/complete/main.tf
                @@ -1,5 +1,6 @@
                 module "lambda_function" {
                   source = "../../modules/lambda"
                \s
                -  function_name = "acme-prod-complete"
                +  function_name                     = "acme-prod-complete"
                +  cloudwatch_logs_retention_in_days = 30
                 }
                """), diff.out());
        assertTrue(diff.out().contains("+++ b/examples/simple/main.tf\n"), diff.out());
        assertTrue(!diff.out().contains("diff --git a/modules/"), "the shared module is not edited:\n" + diff.out());
        assertTrue(diff.err().contains("set retention_in_days to 30 as cloudwatch_logs_retention_in_days = 30 on "
                + "module \"lambda_function\" (examples/complete/main.tf:1)"), diff.err());

        git(clean, "apply", Files.writeString(tmp.resolve("fix.patch"), diff.out()).toString());
        ScanCommandTest.Run write = run("fix", "--write", "--rule", "FG501", fixed.toString());
        assertEquals(0, write.code(), write.err());
        Map<String, String> after = read(fixed);
        assertEquals(read(clean), after, "--write writes what git apply makes of the diff");
        assertEquals(before.get("modules/lambda/main.tf"), after.get("modules/lambda/main.tf"));
        assertEquals(before.get("modules/lambda/variables.tf"), after.get("modules/lambda/variables.tf"));

        ScanCommandTest.Run again = run("fix", "--rule", "FG501", fixed.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals("", again.out(), "a second fix has nothing to do");
        assertEquals(0, run("scan", "--rule", "FG501", fixed.toString()).code(), "nothing is left to report");
    }

    @Test
    void theFindingNamesTheChainAndEachInstanceCarriesItsOwn() throws Exception {
        Path dir = project(tmp.resolve("p"));
        JsonNode report = run("scan", "--rule", "FG501", "--format", "json", dir.toString()).json();
        JsonNode findings = report.get("findings");
        assertEquals(1, findings.size(), "one place, two instances: " + findings);
        JsonNode f = findings.get(0);
        assertEquals("modules/lambda/main.tf", f.get("file").asText());
        assertTrue(f.get("message").asText().contains("never expires its events (retention_in_days = "
                + "var.cloudwatch_logs_retention_in_days, which is null: the variable's default "
                + "(modules/lambda/variables.tf:8), not set by the module block that calls it)"), f.toString());
        List<String> callers = new ArrayList<>();
        for (JsonNode instance : f.get("instances")) {
            JsonNode origin = instance.get("origin");
            assertEquals(List.of("attribute", "default"), List.of(origin.get(0).get("kind").asText(),
                    origin.get(1).get("kind").asText()));
            assertEquals("modules/lambda/main.tf", origin.get(0).get("file").asText());
            assertEquals(3, origin.get(0).get("line").asInt());
            assertEquals("retention_in_days = var.cloudwatch_logs_retention_in_days",
                    origin.get(0).get("source").asText());
            assertEquals("default = null", origin.get(1).get("source").asText());
            assertTrue(origin.get(1).get("value").isNull());
            callers.add(instance.get("via").get(0).get("file").asText());
        }
        assertEquals(List.of("examples/complete/main.tf", "examples/simple/main.tf"), callers);

        // one root alone: the finding names its caller
        Files.delete(dir.resolve("examples/simple/main.tf"));
        JsonNode one = run("scan", "--rule", "FG501", "--format", "json", dir.toString()).json();
        assertTrue(one.at("/findings/0/message").asText().contains("(modules/lambda/variables.tf:8), not set by "
                + "module \"lambda_function\" (examples/complete/main.tf:1))"), one.toString());

        Path two = project(tmp.resolve("two"));
        ScanCommandTest.Run sarif = run("scan", "--rule", "FG501", "--format", "sarif", two.toString());
        JsonNode related = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sarif.out())
                .at("/runs/0/results/0/relatedLocations");
        List<String> places = new ArrayList<>();
        related.forEach(r -> places.add(r.at("/physicalLocation/artifactLocation/uri").asText() + ":"
                + r.at("/physicalLocation/region/startLine").asInt()));
        assertEquals(List.of("examples/complete/main.tf:1", "examples/simple/main.tf:1",
                "modules/lambda/variables.tf:8"), places);
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".tf")).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return out;
    }
}
