package io.finguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReportTest {

    static String render(ReportCases.Case c) {
        return ReportCases.render(new JsonReport(), c.result(), ReportCases.context(false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.finguard.report.ReportCases#all")
    void matchesExpectedFile(ReportCases.Case c) throws IOException {
        ExpectedFiles.assertMatches(c.name() + ".json", render(c));
    }

    @Test
    void keysAreExactlyThoseOfTheSpecInItsOrder() throws IOException {
        JsonNode root = new ObjectMapper().readTree(render(ReportCases.named("suppressed")));
        assertEquals(List.of("schemaVersion", "tool", "findings", "suppressed", "errors", "unusedSuppressions",
                "modulesNotLoaded", "summary"), names(root));
        assertEquals(List.of("name", "version"), names(root.get("tool")));
        List<String> finding = List.of("ruleId", "rule", "severity", "resource", "resourceType", "file", "line",
                "endLine", "message", "fixable", "fingerprint", "instances");
        assertEquals(finding, names(root.get("findings").get(0)));
        JsonNode withFix = new ObjectMapper().readTree(render(ReportCases.named("fix"))).get("findings").get(0);
        assertEquals(finding, names(withFix), "a fix is not part of the JSON report");
        List<String> suppressed = new ArrayList<>(finding);
        suppressed.add("suppression");
        assertEquals(suppressed, names(root.get("suppressed").get(0)));
        assertEquals(List.of("reason", "until"), names(root.get("suppressed").get(0).get("suppression")));
        assertEquals(List.of("files", "resources", "findings", "instances", "suppressed", "baselined", "unverified", "errors",
                "unusedSuppressions", "modulesNotLoaded", "bySeverity"), names(root.get("summary")));
        JsonNode notLoaded = new ObjectMapper().readTree(render(ReportCases.named("modules-not-loaded")))
                .get("modulesNotLoaded");
        assertEquals(List.of("address", "source", "file", "line", "message"), names(notLoaded.get(0)));
        assertEquals(List.of("low", "medium", "high", "critical"), names(root.get("summary").get("bySeverity")));
    }

    @Test
    void errorsHaveFileLineAndMessage() throws IOException {
        JsonNode errors = new ObjectMapper().readTree(render(ReportCases.named("errors"))).get("errors");
        assertEquals(List.of("file", "line", "message"), names(errors.get(0)));
        assertEquals(3, errors.get(0).get("line").asInt());
        assertTrue(errors.get(1).get("line").isNull(), "an error about a whole directory has no line");
        assertTrue(errors.get(2).get("file").isNull(), "a rule failure has no file");
    }

    @Test
    void unusedSuppressionsHaveTheCommentsPlaceTheirRuleIdsAndWhetherTheyFail() throws IOException {
        JsonNode root = new ObjectMapper().readTree(render(ReportCases.named("unused-suppressions")));
        JsonNode unused = root.get("unusedSuppressions");
        assertEquals(List.of("file", "line", "ruleIds", "reason", "message", "fails"), names(unused.get(0)));
        assertEquals("modules/data/main.tf", unused.get(1).get("file").asText(), "normalised like every path");
        assertEquals(List.of("FG101", "FG501"), List.of(unused.get(1).get("ruleIds").get(0).asText(),
                unused.get(1).get("ruleIds").get(1).asText()));
        assertEquals(false, unused.get(0).get("fails").asBoolean());
        assertEquals(2, root.get("summary").get("unusedSuppressions").asInt());
        JsonNode strict = new ObjectMapper().readTree(render(ReportCases.named("unused-suppressions-strict")));
        assertEquals(true, strict.get("unusedSuppressions").get(0).get("fails").asBoolean());
    }

    @Test
    void escapedStringsReadBackUnchanged() throws IOException {
        ReportCases.Case c = ReportCases.named("escaping");
        JsonNode f = new ObjectMapper().readTree(render(c)).get("findings").get(0);
        assertEquals(c.result().findings().get(0).message(), f.get("message").asText());
        assertEquals(c.result().findings().get(0).resource(), f.get("resource").asText());
    }

    @Test
    void windowsPathsAreNormalised() throws IOException {
        JsonNode root = new ObjectMapper().readTree(render(ReportCases.named("paths")));
        assertEquals("modules/data/main.tf", root.get("findings").get(0).get("file").asText());
        assertEquals("env files/données #1.tf", root.get("findings").get(1).get("file").asText());
        assertEquals("modules/broken/main.tf", root.get("errors").get(0).get("file").asText());
    }

    @Test
    void summaryCountsTheResult() throws IOException {
        JsonNode summary = new ObjectMapper().readTree(render(ReportCases.named("several-files"))).get("summary");
        assertEquals(4, summary.get("files").asInt());
        assertEquals(11, summary.get("resources").asInt());
        assertEquals(4, summary.get("findings").asInt());
        assertEquals(2, summary.get("unverified").asInt());
        JsonNode by = summary.get("bySeverity");
        assertEquals(List.of(1, 1, 1, 1), List.of(by.get("low").asInt(), by.get("medium").asInt(),
                by.get("high").asInt(), by.get("critical").asInt()));
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
