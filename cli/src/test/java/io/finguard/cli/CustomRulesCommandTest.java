package io.finguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.finguard.cli.ScanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Custom rules from {@code finguard.yml} end to end, beside the built-in rules: reported in JSON and SARIF, chosen
 * with {@code --rule}/{@code --skip-rule}, suppressed by ID, listed by {@code rules list} and shown by
 * {@code rules show}.
 */
class CustomRulesCommandTest {

    private static final String CONFIG = """
            custom-rules:
              - id: CUSTOM001
                name: gpu-instances-need-owner
                severity: high
                message: "GPU instances must carry an Owner tag"
                resource-types: [aws_instance]
                condition:
                  any:
                    - not: {attribute: instance_type, matches: "^p[0-9]"}
                    - {attribute: tags.Owner, exists: true}
            """;

    private static final String GPU = """
            resource "aws_instance" "train" {
              instance_type = "p4d.24xlarge"
              tags = {
                Team = "ml"
              }
            }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void repository() throws IOException {
        // a git root, so that config discovery never looks above the test's directory
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("finguard.yml"), CONFIG);
    }

    private String scanDir() {
        return dir.toString();
    }

    private static List<String> ruleIds(JsonNode findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.get("ruleId").asText()));
        return out;
    }

    @Test
    void aFailingCustomRuleIsAFindingInJsonAndExitsOne() throws IOException {
        Files.writeString(dir.resolve("main.tf"), GPU);
        ScanCommandTest.Run r = run("scan", "--format", "json", scanDir());
        assertEquals(1, r.code(), r.err());
        JsonNode custom = null;
        for (JsonNode f : r.json().get("findings")) {
            if (f.get("ruleId").asText().equals("CUSTOM001")) {
                custom = f;
            }
        }
        assertTrue(custom != null, r.out());
        assertEquals("gpu-instances-need-owner", custom.get("rule").asText());
        assertEquals("high", custom.get("severity").asText());
        assertEquals("aws_instance.train", custom.get("resource").asText());
        assertEquals("main.tf", custom.get("file").asText());
        assertEquals(2, custom.get("line").asInt(), "the first failing check of the any: instance_type");
        assertEquals("GPU instances must carry an Owner tag", custom.get("message").asText());
        assertTrue(ruleIds(r.json().get("findings")).contains("FG101"), "built-in rules still run");
    }

    @Test
    void sarifListsTheCustomRuleWithAnAbsoluteHelpUri() throws IOException {
        Files.writeString(dir.resolve("main.tf"), GPU);
        ScanCommandTest.Run r = run("scan", "--format", "sarif", "--rule", "CUSTOM001", scanDir());
        assertEquals(1, r.code(), r.err());
        JsonNode run = new ObjectMapper().readTree(r.out()).get("runs").get(0);
        JsonNode descriptor = null;
        for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
            if (rule.get("id").asText().equals("CUSTOM001")) {
                descriptor = rule;
            }
        }
        assertTrue(descriptor != null, r.out());
        assertEquals("gpu-instances-need-owner", descriptor.get("name").asText());
        assertEquals("GPU instances must carry an Owner tag", descriptor.get("shortDescription").get("text").asText());
        assertTrue(URI.create(descriptor.get("helpUri").asText()).isAbsolute(), descriptor.toString());
        assertEquals("error", descriptor.get("defaultConfiguration").get("level").asText());
        assertEquals(1, run.get("results").size(), r.out());
        assertEquals("CUSTOM001", run.get("results").get(0).get("ruleId").asText());
    }

    @Test
    void ruleAndSkipRuleAcceptCustomIds() throws IOException {
        Files.writeString(dir.resolve("main.tf"), GPU);
        ScanCommandTest.Run only = run("scan", "--format", "json", "--rule", "custom001", scanDir());
        assertEquals(1, only.code(), only.err());
        assertEquals(List.of("CUSTOM001"), ruleIds(only.json().get("findings")));
        ScanCommandTest.Run skipped = run("scan", "--format", "json", "--skip-rule", "CUSTOM001", scanDir());
        assertTrue(!ruleIds(skipped.json().get("findings")).contains("CUSTOM001"), skipped.out());
        ScanCommandTest.Run unknown = run("scan", "--rule", "CUSTOM002", scanDir());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown rule CUSTOM002"), unknown.err());
        assertTrue(unknown.err().contains("CUSTOM001"), "the known list names the custom rule: " + unknown.err());
    }

    @Test
    void aCustomRuleIsSuppressedByItsId() throws IOException {
        Files.writeString(dir.resolve("main.tf"), "# finguard:ignore CUSTOM001 reason=\"owned by the ML platform\"\n"
                + GPU);
        ScanCommandTest.Run r = run("scan", "--format", "json", "--rule", "CUSTOM001", scanDir());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(List.of(), ruleIds(r.json().get("findings")));
        assertEquals(List.of("CUSTOM001"), ruleIds(r.json().get("suppressed")));
        assertEquals("owned by the ML platform",
                r.json().get("suppressed").get(0).get("suppression").get("reason").asText());
        assertEquals(0, r.json().get("errors").size(), r.out());
    }

    @Test
    void anInvalidCustomRuleIsAConfigErrorWithFileAndLine() throws IOException {
        Files.writeString(dir.resolve("finguard.yml"), CONFIG.replace("^p[0-9]", "^p[0-9"));
        Files.writeString(dir.resolve("main.tf"), GPU);
        ScanCommandTest.Run r = run("scan", scanDir());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("finguard.yml:9: custom-rules[0].condition.any[0].not.matches: invalid regular "
                + "expression"), r.err());
    }

    @Test
    void rulesListAndShowIncludeTheConfigsCustomRules() {
        Path config = dir.resolve("finguard.yml");
        ScanCommandTest.Run list = run("rules", "list", "--config", config.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.matches(
                "CUSTOM001 +gpu-instances-need-owner +high +GPU instances must carry an Owner tag")), list.out());
        assertTrue(list.out().contains("FG101"), list.out());
        ScanCommandTest.Run show = run("rules", "show", "CUSTOM001", "--config", config.toString());
        assertEquals(0, show.code(), show.err());
        assertEquals("", show.err());
        assertTrue(show.out().startsWith("# CUSTOM001 gpu-instances-need-owner\n\nGPU instances must carry an Owner "
                + "tag\n"), show.out());
        assertTrue(show.out().contains("severity: high"), show.out());
    }

    @Test
    void rulesListRefusesAnInvalidConfigAsScanDoes() throws IOException {
        Path config = dir.resolve("finguard.yml");
        Files.writeString(config, CONFIG.replace("severity: high", "severity: urgent"));
        ScanCommandTest.Run list = run("rules", "list", "--config", config.toString());
        assertEquals(2, list.code());
        assertTrue(list.err().contains("finguard.yml:4: custom-rules[0].severity"), list.err());
        assertEquals("", list.out());
    }
}
