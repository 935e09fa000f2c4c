package io.finguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.engine.Finding;
import io.finguard.engine.ScanResult;
import io.finguard.testsupport.SarifSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportTest {

    /** The absolute scan root differs per checkout; stored files carry this in its place. */
    private static final String ROOT_PLACEHOLDER = "file:///SCAN_ROOT/";

    private static SarifSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = SarifSchema.load();
    }

    static String render(ScanResult result, ReportContext context) {
        return ReportCases.render(new SarifReport(), result, context);
    }

    static JsonNode run(ScanResult result) throws IOException {
        return new ObjectMapper().readTree(render(result, ReportCases.context(false))).get("runs").get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.finguard.report.ReportCases#all")
    void isValidSarifAndMatchesExpectedFile(ReportCases.Case c) throws IOException {
        String sarif = render(c.result(), ReportCases.context(false));
        schema.assertValid(sarif, c.name());
        assertReadableByCodeScanning(new ObjectMapper().readTree(sarif).get("runs").get(0), c.name());
        String rootUri = ReportCases.projectRoot().toAbsolutePath().normalize().toUri().toString();
        ExpectedFiles.assertMatches(c.name() + ".sarif", sarif.replace(rootUri, ROOT_PLACEHOLDER));
    }

    /** What the schema does not say but code scanning needs: rule indexes, fingerprints, relative URIs. */
    private static void assertReadableByCodeScanning(JsonNode run, String what) {
        JsonNode rules = run.at("/tool/driver/rules");
        for (JsonNode r : run.get("results")) {
            assertEquals(r.get("ruleId").asText(), rules.get(r.get("ruleIndex").asInt()).get("id").asText(), what);
            assertFalse(r.at("/partialFingerprints/finguard~1v3").asText().isEmpty(), what);
            JsonNode physical = r.at("/locations/0/physicalLocation");
            if (!physical.isMissingNode()) {
                String uri = physical.at("/artifactLocation/uri").asText();
                assertFalse(uri.startsWith("/") || uri.contains("\\") || uri.contains(":"), what + ": " + uri);
                assertTrue(physical.at("/region/startLine").asInt() >= 1, what);
            }
        }
        for (JsonNode rule : rules) {
            assertFalse(rule.at("/help/text").asText().isEmpty(), what + ": help for " + rule.get("id"));
        }
    }

    @Test
    void isValidWithoutRootOrRuleMetadata() throws IOException {
        ReportContext bare = new ReportContext("0.0.1", List.of(), null, false);
        for (ReportCases.Case c : ReportCases.all()) {
            String sarif = render(c.result(), bare);
            schema.assertValid(sarif, c.name() + " without root and rules");
            JsonNode run = new ObjectMapper().readTree(sarif).get("runs").get(0);
            assertNull(run.get("originalUriBaseIds"));
            for (JsonNode r : run.get("results")) {
                String id = run.at("/tool/driver/rules/" + r.get("ruleIndex").asInt() + "/id").asText();
                assertEquals(r.get("ruleId").asText(), id, "ruleIndex points at the rule a finding names");
            }
        }
    }

    @Test
    void partialFingerprintsDoNotChangeWhenLinesMove() throws IOException {
        Finding before = ReportCases.named("several-files").result().findings().get(0);
        Finding after = new Finding(before.ruleId(), before.rule(), before.severity(), before.resource(),
                before.resourceType(), before.file(), before.line() + 12, before.endLine() + 12, before.message(),
                before.fixable(), before.fingerprint(), null, null, null);
        JsonNode a = run(ReportCases.result(List.of(before), List.of(), List.of(), 0)).at("/results/0");
        JsonNode b = run(ReportCases.result(List.of(after), List.of(), List.of(), 0)).at("/results/0");
        assertEquals(before.line() + 12, b.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(a.get("partialFingerprints"), b.get("partialFingerprints"));
        assertEquals(before.fingerprint(), a.at("/partialFingerprints/finguard~1v3").asText());
    }

    @Test
    void rulesCarryHelpFromTheirDocsPage() throws IOException {
        JsonNode rules = run(ReportCases.named("empty").result()).at("/tool/driver/rules");
        assertEquals(List.of("FG101", "FG201", "FG401"), List.of(rules.get(0).get("id").asText(),
                rules.get(1).get("id").asText(), rules.get(2).get("id").asText()), "sorted by ID");
        JsonNode fg101 = rules.get(0);
        assertTrue(fg101.at("/help/markdown").asText().startsWith("# FG101 mandatory-tags\n"));
        assertFalse(fg101.at("/help/text").asText().contains("**"), "plain text has no Markdown emphasis");
        assertTrue(fg101.at("/fullDescription/text").asText().startsWith("Untagged resources cannot be charged"));
        assertEquals("https://finguard.example/rules/FG101", fg101.get("helpUri").asText());
        assertEquals("error", fg101.at("/defaultConfiguration/level").asText());
        assertEquals("error", fg101.at("/properties/problem.severity").asText());
        JsonNode fg201 = rules.get(1);
        assertEquals("Autoscaling upper bounds stay under a cap.", fg201.at("/help/text").asText(),
                "without a docs page, help is the summary");
        assertTrue(fg201.at("/help/markdown").isMissingNode());
    }

    @Test
    void levelsFollowSeverity() throws IOException {
        JsonNode results = run(ReportCases.named("several-files").result()).get("results");
        assertEquals("error", results.get(0).get("level").asText(), "high");
        assertEquals("warning", results.get(1).get("level").asText(), "medium");
        assertEquals("error", results.get(2).get("level").asText(), "critical");
        assertEquals("note", results.get(3).get("level").asText(), "low");
    }

    @Test
    void suppressedFindingsAreSuppressedResults() throws IOException {
        JsonNode results = run(ReportCases.named("suppressed").result()).get("results");
        assertEquals(3, results.size());
        assertTrue(results.get(0).get("suppressions") == null, "the open finding is not suppressed");
        JsonNode suppression = results.get(1).at("/suppressions/0");
        assertEquals("inSource", suppression.get("kind").asText());
        assertEquals("archive bucket, lifecycle managed by the data team", suppression.get("justification").asText());
        assertEquals("2027-06-30", suppression.at("/properties/until").asText());
        assertEquals(1, suppression.at("/location/physicalLocation/region/startLine").asInt());
    }

    @Test
    void planOnlyFindingsHaveALogicalLocation() throws IOException {
        JsonNode location = run(ReportCases.named("plan-only").result()).at("/results/0/locations/0");
        assertTrue(location.get("physicalLocation") == null);
        assertEquals("module.workers.aws_autoscaling_group.this[0]",
                location.at("/logicalLocations/0/fullyQualifiedName").asText());
    }

    @Test
    void errorsAreToolExecutionNotifications() throws IOException {
        JsonNode invocation = run(ReportCases.named("errors").result()).at("/invocations/0");
        assertFalse(invocation.get("executionSuccessful").asBoolean());
        JsonNode notifications = invocation.get("toolExecutionNotifications");
        assertEquals(3, notifications.size());
        assertEquals("broken.tf", notifications.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(3, notifications.at("/0/locations/0/physicalLocation/region/startLine").asInt());
        assertTrue(notifications.at("/1/locations/0/physicalLocation/region").isMissingNode());
        assertTrue(notifications.at("/2/locations").isMissingNode());
        assertTrue(run(ReportCases.named("empty").result()).at("/invocations/0/executionSuccessful").asBoolean());
    }

    @Test
    void urisAreRelativeWithSlashesAndPercentEncoded() throws IOException {
        JsonNode results = run(ReportCases.named("paths").result()).get("results");
        JsonNode first = results.at("/0/locations/0/physicalLocation/artifactLocation");
        assertEquals("modules/data/main.tf", first.get("uri").asText());
        assertEquals("%SRCROOT%", first.get("uriBaseId").asText());
        assertEquals("env%20files/donn%C3%A9es%20%231.tf",
                results.at("/1/locations/0/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    void rootBaseUriEndsWithASlashEvenWhenTheDirectoryIsGone() throws IOException {
        ReportContext context = new ReportContext("1", List.of(), Path.of("/no/such/dir"), false);
        JsonNode run = new ObjectMapper().readTree(render(ReportCases.named("empty").result(), context))
                .get("runs").get(0);
        String uri = run.at("/originalUriBaseIds/%SRCROOT%/uri").asText();
        assertTrue(uri.startsWith("file:/") && uri.endsWith("/no/such/dir/"), uri);
    }

    @Test
    void aFixIsCarriedAsReplacementsThatRebuildTheFixedFile() throws IOException {
        JsonNode run = run(ReportCases.named("fix").result());
        assertEquals("utf16CodeUnits", run.get("columnKind").asText(), "fix regions have columns");
        JsonNode results = run.get("results");
        JsonNode retention = results.at("/1/fixes/0");
        assertEquals("set retention_in_days to 30", retention.at("/description/text").asText());
        JsonNode change = retention.at("/artifactChanges/0");
        assertEquals("main.tf", change.at("/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", change.at("/artifactLocation/uriBaseId").asText());
        assertEquals(List.of(14, 23, 14, 24), region(change.at("/replacements/0/deletedRegion")));
        assertEquals("30", change.at("/replacements/0/insertedContent/text").asText());
        assertTrue(results.at("/3/fixes").isMissingNode(), "a finding without a fix has no fixes");

        String original = Files.readString(ReportCases.projectRoot().resolve("main.tf"));
        assertEquals(original.replace("  tags = {\n    Project = \"demo\"\n  }",
                        "  tags = {\n    CostCenter = \"cc-100\"\n    Project = \"demo\"\n    Team = \"ml\"\n  }"),
                applied(original, results.at("/0/fixes/0/artifactChanges/0/replacements")));
        assertEquals(original.replace("  max_size         = 50\n  desired_capacity = 2\n",
                        "  max_size         = 20\n"),
                applied(original, results.at("/2/fixes/0/artifactChanges/0/replacements")));
        assertNull(run(ReportCases.named("several-files").result()).get("columnKind"),
                "without fixes, regions are whole lines");
    }

    private static List<Integer> region(JsonNode r) {
        return List.of(r.get("startLine").asInt(), r.get("startColumn").asInt(), r.get("endLine").asInt(),
                r.get("endColumn").asInt());
    }

    /** Applies SARIF replacements as a viewer would: regions by line and column, last first. */
    private static String applied(String text, JsonNode replacements) {
        StringBuilder out = new StringBuilder(text);
        for (int i = replacements.size() - 1; i >= 0; i--) {
            JsonNode r = replacements.get(i);
            List<Integer> region = region(r.get("deletedRegion"));
            int start = offset(text, region.get(0), region.get(1));
            int end = offset(text, region.get(2), region.get(3));
            out.replace(start, end, r.at("/insertedContent/text").asText(""));
        }
        return out.toString();
    }

    private static int offset(String text, int line, int column) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at + column - 1;
    }
}
