package io.finguard.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.api.ParameterSpec;
import io.finguard.api.Rule;
import io.finguard.api.RuleMetadata;
import io.finguard.engine.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every built-in rule is complete: metadata, a docs page with the sections users need, a valid help link, test
 * cases both failing and passing, and, when its docs say what {@code finguard fix} does, a case whose
 * {@code .tf.fixed} output shows it. A rule cannot land without them.
 */
class RuleCatalogueTest {

    @Test
    void everyRuleIsDocumentedAndTested() throws IOException {
        for (Rule rule : RuleRegistry.load().all()) {
            RuleMetadata m = rule.metadata();
            String id = m.id();
            assertTrue(id.matches("FG\\d{3}"), "rule ID " + id);
            assertTrue(m.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), id + " name " + m.name());
            assertNotNull(m.defaultSeverity(), id);
            assertTrue(m.summary() != null && !m.summary().isBlank(), id + " summary");
            for (ParameterSpec p : m.parameters()) {
                assertTrue(p.description() != null && !p.description().isBlank(), id + " parameter " + p.name());
            }
            assertTrue(URI.create(m.helpUri()).isAbsolute(), id + " helpUri " + m.helpUri());
            assertTrue(m.helpUri().endsWith("/" + id + ".md"), id + " helpUri points at its page");

            try (InputStream in = rule.getClass().getResourceAsStream(m.docsResource())) {
                assertNotNull(in, id + " docs page " + m.docsResource());
                String docs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(docs.startsWith("# " + id), id + " docs start with '# " + id + "'");
                for (String section : new String[]{"## Why it costs money", "## Example", "## How to fix"}) {
                    assertTrue(docs.contains(section), id + " docs lack '" + section + "'");
                }
            }

            Path cases = RuleCasesTest.CASES.resolve(id);
            int failing = 0;
            int passing = 0;
            int withFixedOutput = 0;
            for (Path c : RuleCasesTest.sortedChildren(cases)) {
                if (CaseFixes.hasFixedFiles(c)) {
                    withFixedOutput++;
                }
                int expected = new ObjectMapper().readTree(c.resolve("expected.json").toFile())
                        .path("findings").size();
                if (expected > 0) {
                    failing++;
                } else {
                    passing++;
                }
            }
            assertTrue(failing > 0, id + " has no failing case under " + cases);
            assertTrue(passing > 0, id + " has no passing case under " + cases);
            if (promisesAFix(rule)) {
                assertTrue(withFixedOutput > 0, id + "'s docs say what `finguard fix` does, but no case under "
                        + cases + " has a .tf.fixed file showing it");
            }
        }
    }

    /** The docs' "How to fix" section says what {@code finguard fix} does. */
    private static boolean promisesAFix(Rule rule) throws IOException {
        try (InputStream in = rule.getClass().getResourceAsStream(rule.metadata().docsResource())) {
            String docs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int section = docs.indexOf("## How to fix");
            int next = docs.indexOf("\n## ", section + 1);
            return docs.substring(section, next < 0 ? docs.length() : next).contains("`finguard fix`");
        }
    }

    @Test
    void ruleIdsAreUnique() {
        var rules = RuleRegistry.load().all();
        assertEquals(rules.size(), rules.stream().map(r -> r.metadata().id()).distinct().count());
    }
}
