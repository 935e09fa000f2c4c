package io.finguard.engine;

import io.finguard.api.Severity;
import io.finguard.engine.custom.Check;
import io.finguard.engine.custom.Condition;
import io.finguard.engine.custom.CustomRuleDefinition;
import io.finguard.engine.custom.Expectation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code custom-rules:} in finguard.yml: what it reads, and every kind of mistake named by file, line and key. */
class CustomRulesConfigTest {

    private static final String VALID = """
            custom-rules:
              - id: CUSTOM001
                name: gpu-instances-need-owner
                severity: high
                message: "GPU instances must carry an Owner tag"
                resource-types: [aws_instance]
                condition:
                  all:
                    - {attribute: "tags.Owner", exists: true}
                    - not: {attribute: instance_type, matches: "^p[0-9]"}
                    - any:
                        - {attribute: "ebs_block_device[*].volume_size", "<=": 500}
                        - {attribute: "root_block_device[*].volume_type", one-of: [gp3, io2]}
            """;

    private final RuleRegistry registry = new RuleRegistry(List.of(new ConfigLoaderTest.SampleRule()));

    private ScanConfig parse(String yaml) throws ConfigException {
        return new ConfigLoader(registry).parse("finguard.yml", new StringReader(yaml));
    }

    private ConfigException error(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml));
    }

    @Test
    void readsTheSpecExample() throws ConfigException {
        CustomRuleDefinition rule = parse(VALID).customRules().get(0);
        assertEquals("CUSTOM001", rule.id());
        assertEquals("gpu-instances-need-owner", rule.name());
        assertEquals(Severity.HIGH, rule.severity());
        assertEquals(List.of("aws_instance"), rule.resourceTypes());
        Condition.All all = assertInstanceOf(Condition.All.class, rule.condition());
        assertEquals(3, all.conditions().size());
        Check owner = assertInstanceOf(Check.class, all.conditions().get(0));
        assertEquals("tags.Owner", owner.path().text());
        assertEquals(new Expectation.Exists(true), owner.expectation());
        assertInstanceOf(Condition.Not.class, all.conditions().get(1));
        assertInstanceOf(Condition.Any.class, all.conditions().get(2));
    }

    /** The docs' examples are read as configs, so the docs cannot drift from what the loader accepts. */
    @Test
    void theDocsExamplesLoad() throws Exception {
        String page = Files.readString(Path.of("../docs/custom-rules.md"));
        Matcher yaml = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(page);
        int examples = 0;
        while (yaml.find()) {
            assertTrue(parse(yaml.group(1)).customRules().size() > 0, yaml.group(1));
            examples++;
        }
        assertTrue(examples > 0, "docs/custom-rules.md has a yaml example");
    }

    @Test
    void theRulesSectionMayConfigureACustomRuleWhereverItStands() throws ConfigException {
        ScanConfig c = parse("rules:\n  CUSTOM001: {enabled: false, severity: low}\n" + VALID);
        assertEquals(Boolean.FALSE, c.rule("CUSTOM001").enabled());
        assertEquals(Severity.LOW, c.rule("CUSTOM001").severity());
        ConfigException e = error("rules:\n  CUSTOM001: {max: 3}\n" + VALID);
        assertEquals(2, e.line());
        assertEquals("rules.CUSTOM001.max", e.key());
    }

    /** Each row: what to replace in the valid example, with what, and the line and key the error must name. */
    @ParameterizedTest(name = "{3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            'id: CUSTOM001'            | 'id: custom1'                  | 2  | custom-rules[0].id             | is not an ID
            'id: CUSTOM001'            | 'id: FG999'                    | 2  | custom-rules[0].id             | built-in rule's ID
            'name: gpu-instances-need-owner' | 'name: GpuOwner'         | 3  | custom-rules[0].name           | kebab-case
            'severity: high'           | 'severity: urgent'             | 4  | custom-rules[0].severity       | expected low, medium, high or critical
            'message: "GPU instances must carry an Owner tag"' | 'message: ""' | 5  | custom-rules[0].message | must not be empty
            'message: "GPU instances must carry an Owner tag"' | 'colour: red' | 5  | custom-rules[0].colour  | unknown key
            'resource-types: [aws_instance]' | 'resource-types: aws_instance' | 6  | custom-rules[0].resource-types | expected a list
            'resource-types: [aws_instance]' | 'resource-types: []'     | 6  | custom-rules[0].resource-types | at least one resource type
            'exists: true'             | 'exists: maybe'                | 9  | custom-rules[0].condition.all[0].exists | expected true or false
            'exists: true'             | 'exists: true, equals: x'      | 9  | custom-rules[0].condition.all[0] | expected exactly one of
            'exists: true'             | 'is: true'                     | 9  | custom-rules[0].condition.all[0].is | unknown key
            '"tags.Owner"'             | '"tags..Owner"'                | 9  | custom-rules[0].condition.all[0].attribute | not an attribute path at "..Owner"
            '"tags.Owner"'             | '"[*].Owner"'                  | 9  | custom-rules[0].condition.all[0].attribute | not an attribute path
            '"^p[0-9]"'                | '"^p[0-9"'                     | 10 | custom-rules[0].condition.all[1].not.matches | invalid regular expression
            '"<=": 500'                | '"<=": lots'                   | 12 | custom-rules[0].condition.all[2].any[0].<= | expected a number
            'one-of: [gp3, io2]'       | 'one-of: []'                   | 13 | custom-rules[0].condition.all[2].any[1].one-of | at least one value
            'one-of: [gp3, io2]'       | 'one-of: gp3'                  | 13 | custom-rules[0].condition.all[2].any[1].one-of | expected a list
            '{attribute: "tags.Owner", exists: true}' | '{exists: true}' | 9  | custom-rules[0].condition.all[0].attribute | missing
            """)
    void aMistakeNamesItsLineAndKey(String from, String to, int line, String key, String problem) {
        assertTrue(VALID.contains(from), from);
        ConfigException e = error(VALID.replace(from, to));
        assertEquals("finguard.yml", e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(key, e.key(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void aMissingRequiredKeyNamesTheRule() {
        ConfigException e = error(VALID.replace("    message: \"GPU instances must carry an Owner tag\"\n", ""));
        assertEquals(2, e.line());
        assertEquals("custom-rules[0].message", e.key());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void customRulesMustBeAList() {
        ConfigException e = error("custom-rules:\n  CUSTOM001: {}\n");
        assertEquals(2, e.line());
        assertEquals("custom-rules", e.key());
    }

    @Test
    void idsAreUnique() {
        String second = VALID.substring(VALID.indexOf("  - id:"));
        ConfigException e = error(VALID + second);
        assertEquals(14, e.line(), e.getMessage());
        assertEquals("custom-rules[1].id", e.key());
        assertTrue(e.getMessage().contains("duplicate custom rule ID CUSTOM001"), e.getMessage());
    }

    @Test
    void combinatorsTakeNonEmptyListsAndStandAlone() {
        ConfigException empty = error(VALID.replace("""
                      all:
                        - {attribute: "tags.Owner", exists: true}
                """, """
                      all: []
                      any:
                        - {attribute: "tags.Owner", exists: true}
                """));
        assertEquals("custom-rules[0].condition.any", empty.key(), empty.getMessage());
        assertEquals(9, empty.line());
        ConfigException none = error(VALID.replace("""
                      all:
                        - {attribute: "tags.Owner", exists: true}
                """, """
                      all:
                        - {}
                        - {attribute: "tags.Owner", exists: true}
                """));
        assertEquals("custom-rules[0].condition.all[0]", none.key(), none.getMessage());
        assertEquals(9, none.line());
        ConfigException notList = error("""
                custom-rules:
                  - {id: A, name: a, severity: low, message: m, resource-types: [t],
                     condition: {any: {attribute: x, exists: true}}}
                """);
        assertEquals("custom-rules[0].condition.any", notList.key(), notList.getMessage());
        assertEquals(3, notList.line());
        assertTrue(notList.getMessage().contains("non-empty list of conditions"), notList.getMessage());
    }
}
