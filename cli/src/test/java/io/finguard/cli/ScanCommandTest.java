package io.finguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.terraform.load.GitRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code finguard scan} end to end, with the built-in rules, as a user or CI job runs it. */
class ScanCommandTest {

    private static final Path FIXTURES = Path.of("../fixtures").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void theDemoTripsEveryRuleAndExitsOne() throws IOException {
        Run r = run("scan", "--format", "json", FIXTURES.resolve("demo").toString());
        assertEquals(1, r.code(), r.err());
        Set<String> rules = new HashSet<>();
        r.json().get("findings").forEach(f -> rules.add(f.get("ruleId").asText()));
        assertEquals(Set.of("FG101", "FG201", "FG301", "FG401", "FG501", "FG502"), rules);
        assertEquals(0, r.json().get("errors").size());
    }

    @Test
    void rootsWithTheSameAddressesAreCheckedApart() throws IOException {
        // demo and compliant both declare module.storage.aws_s3_bucket.data: the compliant one's lifecycle
        // configuration must not cover the demo's bucket
        Run both = run("scan", "--format", "json", FIXTURES.toString());
        Run demo = run("scan", "--format", "json", FIXTURES.resolve("demo").toString());
        // report paths start at the top of the repository that holds the fixtures
        String fixtures = GitRoot.enclosing(FIXTURES).map(top -> top.relativize(FIXTURES) + "/").orElse("");
        int fromDemo = 0;
        for (JsonNode f : both.json().get("findings")) {
            assertFalse(f.get("file").asText().startsWith(fixtures + "compliant/"), f.toString());
            fromDemo += f.get("file").asText().startsWith(fixtures + "demo/") ? 1 : 0;
        }
        // fixtures/ holds more than the two platforms (snippets/ breaks rules on purpose); demo's count is the point
        assertEquals(demo.json().get("findings").size(), fromDemo, both.out());
    }

    @Test
    void theDemoPlanTripsEveryRuleToo() throws IOException {
        Run r = run("scan", "--format", "json", "--plan", FIXTURES.resolve("plans/demo.json").toString());
        assertEquals(1, r.code(), r.err());
        Set<String> rules = new HashSet<>();
        r.json().get("findings").forEach(f -> rules.add(f.get("ruleId").asText()));
        assertEquals(Set.of("FG101", "FG201", "FG301", "FG401", "FG501", "FG502"), rules);
    }

    @Test
    void theCompliantPlatformExitsZero() {
        Run r = run("scan", FIXTURES.resolve("compliant").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("No findings."), r.out());
        Run plan = run("scan", "--plan", FIXTURES.resolve("plans/compliant.json").toString());
        assertEquals(0, plan.code(), plan.out() + plan.err());
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLineWhileOtherFilesStillGetFindings() throws IOException {
        write("bad.tf", "resource \"aws_s3_bucket\" \"broken\" {\n  bucket = \"x\"\n  tags = {\n");
        write("good.tf", "resource \"aws_cloudwatch_log_group\" \"app\" {\n  name = \"/acme/prod/app\"\n}\n");
        Run r = run("scan", "--format", "json", dir.toString());
        assertEquals(1, r.code());
        JsonNode json = r.json();
        JsonNode error = json.get("errors").get(0);
        assertEquals("bad.tf", error.get("file").asText());
        assertTrue(error.get("line").asInt() >= 1);
        boolean logFinding = false;
        for (JsonNode f : json.get("findings")) {
            logFinding |= f.get("ruleId").asText().equals("FG501") && f.get("file").asText().equals("good.tf");
        }
        assertTrue(logFinding, "the good file's findings are still reported: " + json);
    }

    @Test
    void anUnusedSuppressionWarnsAndFailsOnlyUnderStrict() throws IOException {
        write("main.tf", """
                # finguard:ignore FG501 reason="the log group moved to the platform account"
                resource "aws_sns_topic" "ok" {
                  tags = { Project = "p", Team = "t", Environment = "prod", CostCenter = "cc-100", Owner = "o" }
                }
                """);
        Run r = run("scan", dir.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("main.tf:1  suppression of FG501 matches no finding"), r.out());
        assertTrue(r.out().strip().endsWith("0 errors, 1 unused suppression."), r.out());
        Run strict = run("scan", "--strict", "--format", "json", dir.toString());
        assertEquals(1, strict.code(), strict.out() + strict.err());
        JsonNode unused = strict.json().get("unusedSuppressions").get(0);
        assertEquals("main.tf", unused.get("file").asText());
        assertEquals("FG501", unused.get("ruleIds").get(0).asText());
        assertTrue(unused.get("fails").asBoolean());
    }

    @Test
    void badConfigExitsTwoNamingFileLineAndKey() throws IOException {
        write("main.tf", "resource \"aws_sqs_queue\" \"q\" { name = \"q\" }\n");
        write("finguard.yml", "rules:\n  FG201:\n    max-gpus: 4\n");
        Run r = run("scan", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("finguard.yml:3") && r.err().contains("max-gpus"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingPathExitsTwo() {
        Run r = run("scan", dir.resolve("absent").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("absent"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownOptionExitsTwo() {
        Run r = run("scan", "--no-such-option", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--no-such-option"), r.err());
    }

    @Test
    void unknownRuleExitsTwo() {
        Run r = run("scan", "--rule", "FG999", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("FG999"), r.err());
    }

    @Test
    void thresholdDecidesTheExitCode() throws IOException {
        // a log group without retention is a medium finding
        write("main.tf", "resource \"aws_cloudwatch_log_group\" \"app\" {\n  name = \"/acme/prod/app\"\n}\n");
        assertEquals(1, run("scan", "--rule", "FG501", dir.toString()).code());
        assertEquals(0, run("scan", "--rule", "FG501", "--severity-threshold", "high", dir.toString()).code());
        assertEquals(0, run("scan", "--skip-rule", "FG501", "--rule", "FG501", dir.toString()).code());
    }

    @Test
    void severalFormatsInOneRun() throws IOException {
        write("main.tf", "resource \"aws_cloudwatch_log_group\" \"app\" {\n  name = \"/acme/prod/app\"\n}\n");
        Path sarif = dir.resolve("out/report.sarif");
        Run r = run("scan", "--rule", "FG501", "--format", "sarif", "--output", sarif.toString(), "--format", "json",
                dir.toString());
        assertEquals(1, r.code());
        assertEquals("FG501", r.json().get("findings").get(0).get("ruleId").asText());
        JsonNode doc = new ObjectMapper().readTree(sarif.toFile());
        assertEquals("2.1.0", doc.get("version").asText());
        assertEquals("FG501", doc.get("runs").get(0).get("results").get(0).get("ruleId").asText());
    }

    @Test
    void twoReportsCannotShareStdout() {
        Run r = run("scan", "--format", "json", "--format", "sarif", dir.toString());
        assertEquals(2, r.code());
    }

    @Test
    void anInlineSuppressionMovesTheFindingToSuppressed() throws IOException {
        write("main.tf", """
                # finguard:ignore FG501 reason="audit keeps logs by law"
                resource "aws_cloudwatch_log_group" "audit" {
                  name = "/acme/prod/audit"
                }
                """);
        Run r = run("scan", "--rule", "FG501", "--format", "json", dir.toString());
        assertEquals(0, r.code(), r.out());
        assertEquals(0, r.json().get("findings").size());
        assertEquals(1, r.json().get("suppressed").size());
    }
}
