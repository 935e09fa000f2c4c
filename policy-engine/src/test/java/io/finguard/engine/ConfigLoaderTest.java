package io.finguard.engine;

import io.finguard.api.ParameterSpec;
import io.finguard.api.ParameterType;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    /** A rule with one parameter of every type, so the loader's type checks can be exercised. */
    static final class SampleRule implements Rule {
        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata("FG999", "sample", Severity.MEDIUM, "a sample", Set.of(), List.of(
                    new ParameterSpec("max", ParameterType.INTEGER, 20, "cap"),
                    new ParameterSpec("flag", ParameterType.BOOLEAN, true, "flag"),
                    new ParameterSpec("pattern", ParameterType.REGEX, "(?i)train", "pattern"),
                    new ParameterSpec("tags", ParameterType.STRING_LIST, List.of("Team"), "tags"),
                    new ParameterSpec("days", ParameterType.INTEGER_MAP, Map.of("prod", 30), "days"),
                    new ParameterSpec("values", ParameterType.STRING_MAP, Map.of(), "values"),
                    new ParameterSpec("allowed", ParameterType.VALUES_OR_PATTERN_MAP, Map.of(), "allowed"),
                    new ParameterSpec("target", ParameterType.STRING, "resource", "target",
                            List.of("resource", "provider"))),
                    "/none.md", "https://example.invalid/FG999.md");
        }

        @Override
        public void check(RuleContext context) {
        }
    }

    private final RuleRegistry registry = new RuleRegistry(List.of(new SampleRule()));

    private ScanConfig parse(String yaml) throws ConfigException {
        return new ConfigLoader(registry).parse("finguard.yml", new StringReader(yaml));
    }

    private ConfigException error(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml));
    }

    @Test
    void readsEveryShapeOfTheSpecExample() throws ConfigException {
        ScanConfig c = parse("""
                severity-threshold: medium
                exclude-paths: ["**/examples/**"]
                rules:
                  FG999:
                    severity: high
                    max: 10
                    flag: false
                    pattern: "^gpu-"
                    tags: [Project, Team]
                    days: {prod: 14, dev: 3}
                    values: {CostCenter: cc-000}
                    allowed: {Environment: [dev, prod], CostCenter: "^cc-[0-9]{3,}$"}
                """);
        assertEquals(Severity.MEDIUM, c.severityThreshold());
        assertEquals(List.of("**/examples/**"), c.excludePaths());
        assertEquals(Severity.HIGH, c.rule("FG999").severity());
        EffectiveParameters p = new EffectiveParameters(new SampleRule().metadata(), c.rule("FG999").parameters());
        assertEquals(10, p.integer("max"));
        assertEquals(false, p.bool("flag"));
        assertEquals("^gpu-", p.regex("pattern").pattern());
        assertEquals(List.of("Project", "Team"), p.stringList("tags"));
        assertEquals(Map.of("prod", 14, "dev", 3), p.integerMap("days"));
        assertEquals(Map.of("CostCenter", "cc-000"), p.stringMap("values"));
        assertEquals(List.of("dev", "prod"), p.valuesOrPatternMap("allowed").get("Environment"));
        assertTrue(p.valuesOrPatternMap("allowed").get("CostCenter") instanceof Pattern);
    }

    @Test
    void defaultsApplyWhereTheConfigIsSilent() throws ConfigException {
        ScanConfig c = parse("rules:\n  FG999:\n    enabled: true\n");
        EffectiveParameters p = new EffectiveParameters(new SampleRule().metadata(), c.rule("FG999").parameters());
        assertEquals(20, p.integer("max"));
        assertEquals(Boolean.TRUE, c.rule("FG999").enabled());
    }

    @Test
    void anEmptyFileIsTheDefaults() throws ConfigException {
        assertEquals(Severity.LOW, parse("").severityThreshold());
    }

    @Test
    void unknownTopLevelKeyNamesLineAndKey() {
        ConfigException e = error("severity-threshold: low\nrulez: {}\n");
        assertEquals(2, e.line());
        assertEquals("rulez", e.key());
        assertTrue(e.getMessage().startsWith("finguard.yml:2: rulez: unknown key"), e.getMessage());
    }

    @Test
    void unknownRuleParameterIsAnError() {
        ConfigException e = error("rules:\n  FG999:\n    maximum: 3\n");
        assertEquals(3, e.line());
        assertEquals("rules.FG999.maximum", e.key());
        assertTrue(e.getMessage().contains("max"), "lists the keys it knows: " + e.getMessage());
    }

    @Test
    void unknownRuleIsAnError() {
        ConfigException e = error("rules:\n  FG998: {enabled: false}\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("no such rule"), e.getMessage());
    }

    @Test
    void wrongTypesAreErrors() {
        assertEquals("rules.FG999.max", error("rules:\n  FG999:\n    max: ten\n").key());
        assertEquals("rules.FG999.flag", error("rules:\n  FG999:\n    flag: maybe\n").key());
        assertEquals("rules.FG999.tags", error("rules:\n  FG999:\n    tags: Team\n").key());
        assertEquals("severity-threshold", error("severity-threshold: urgent\n").key());
        assertEquals("rules.FG999.days.prod", error("rules:\n  FG999:\n    days: {prod: a}\n").key());
    }

    @Test
    void aValueOutsideAParametersChoicesIsAnError() throws ConfigException {
        ConfigException e = error("rules:\n  FG999:\n    target: providers\n");
        assertEquals(3, e.line());
        assertEquals("rules.FG999.target", e.key());
        assertTrue(e.getMessage().contains("expected one of resource, provider"), e.getMessage());
        assertEquals("provider", parse("rules:\n  FG999:\n    target: provider\n").rule("FG999").parameters()
                .get("target"));
    }

    @Test
    void invalidRegexIsAnErrorWithItsLine() {
        ConfigException e = error("rules:\n  FG999:\n    pattern: \"([a-z\"\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("invalid regular expression"), e.getMessage());
    }

    @Test
    void brokenYamlIsAnErrorWithItsLine() {
        ConfigException e = error("rules:\n  FG999:\n    max: [1, 2\n");
        assertTrue(e.line() >= 3, "line " + e.line());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void duplicateKeysAreErrors() {
        ConfigException e = error("severity-threshold: low\nseverity-threshold: high\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("duplicate key"), e.getMessage());
    }
}
