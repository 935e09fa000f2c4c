package io.finguard.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test against hcl4j: for every corpus and fixture file that hcl4j parses, each literal attribute value
 * (strings, numbers, bools, null, and lists and objects of those), in blocks and nested blocks, is the same in both.
 *
 * <p>Where hcl4j is known to be wrong the value is not compared, and each exclusion names the hcl4j bug: it keeps the
 * indentation of {@code <<-} heredocs, keeps {@code $${} and {@code %%{} escapes doubled, drops the mantissa of
 * numbers written with an exponent ({@code 1e3} becomes {@code "e3"}), and reads a list whose element is a heredoc
 * as a string.
 */
class HclDifferentialTest {

    private static final Object NOT_LITERAL = new Object();

    static Stream<Path> files() {
        return HclCorpus.validFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void literalValuesAgreeWithHcl4j(Path path) {
        SourceFile source = HclCorpus.read(path);
        Optional<Map<String, Object>> theirs = Hcl4jOracle.parse(source.text());
        assumeTrue(theirs.isPresent(), "hcl4j does not parse this file (or must not: data \"http\")");
        ConfigFile mine = HclParser.parse(source);
        assertEquals(List.of(), mine.diagnostics());
        // a file of references only compares nothing; theOracleSeesMostOfTheCorpus keeps the test from being vacuous
        new Comparison(source).body(mine.body(), theirs.get(), source.name());
    }

    @Test
    void theOracleSeesMostOfTheCorpus() {
        int parsed = 0;
        int compared = 0;
        List<Path> files = HclCorpus.validFiles();
        for (Path path : files) {
            SourceFile source = HclCorpus.read(path);
            Optional<Map<String, Object>> theirs = Hcl4jOracle.parse(source.text());
            if (theirs.isPresent()) {
                parsed++;
                compared += new Comparison(source).body(HclParser.parse(source).body(), theirs.get(), source.name());
            }
        }
        assertTrue(parsed * 2 >= files.size(), "hcl4j parsed only " + parsed + " of " + files.size() + " files");
        assertTrue(compared >= 150, "only " + compared + " values compared");
    }

    /** Walks our tree and hcl4j's maps side by side; returns how many values were compared. */
    private static final class Comparison {
        private final SourceFile source;

        Comparison(SourceFile source) {
            this.source = source;
        }

        int body(Body body, Object theirs, String where) {
            Map<?, ?> map = assertInstanceOf(Map.class, theirs, () -> where + " is an object in hcl4j");
            int compared = 0;
            for (Attribute attribute : body.attributes()) {
                Object mine = literal(attribute.value());
                if (mine == NOT_LITERAL) {
                    continue;
                }
                String at = where + "." + attribute.name() + " (line " + attribute.range().startLine() + ")";
                assertTrue(map.containsKey(attribute.name()), () -> at + " is missing in hcl4j: " + map.keySet());
                assertSame(mine, map.get(attribute.name()), at);
                compared++;
            }
            Map<String, Integer> occurrences = new HashMap<>();
            for (Block block : body.blocks()) {
                String key = block.type() + " " + block.labelValues();
                int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
                Object node = map.get(block.type());
                for (String label : block.labelValues()) {
                    node = node instanceof Map<?, ?> m ? m.get(label) : null;
                }
                if (node instanceof List<?> list) {
                    node = occurrence < list.size() ? list.get(occurrence) : null;
                } else if (occurrence > 0) {
                    node = null;
                }
                String at = where + "/" + key + "#" + occurrence;
                if (node == null) {
                    fail(at + " (line " + block.range().startLine() + ") is missing in hcl4j");
                }
                compared += body(block.body(), node, at);
            }
            return compared;
        }

        /** The value of a literal expression as hcl4j represents it, or NOT_LITERAL. */
        Object literal(Expression expression) {
            if (expression instanceof Expression.Template t) {
                String text = source.slice(t.range());
                boolean hcl4jBug = (t.heredoc() != null && t.heredoc().indented()) || text.contains("$${")
                        || text.contains("%%{");
                String value = t.literalValue();
                return value == null || hcl4jBug ? NOT_LITERAL : value;
            }
            if (expression instanceof Expression.NumberLiteral n) {
                String text = source.slice(n.range());
                return text.contains("e") || text.contains("E") ? NOT_LITERAL : n.value();
            }
            if (expression instanceof Expression.Unary u && u.op() == Expression.Operator.NEG
                    && literal(u.operand()) instanceof BigDecimal d) {
                return d.negate();
            }
            if (expression instanceof Expression.BoolLiteral b) {
                return b.value();
            }
            if (expression instanceof Expression.NullLiteral) {
                return null;
            }
            if (expression instanceof Expression.Tuple t) {
                List<Object> out = new ArrayList<>();
                for (Expression element : t.elements()) {
                    if (element instanceof Expression.Template template && template.heredoc() != null) {
                        return NOT_LITERAL;
                    }
                    Object value = literal(element);
                    if (value == NOT_LITERAL) {
                        return NOT_LITERAL;
                    }
                    out.add(value);
                }
                return out;
            }
            if (expression instanceof Expression.ObjectCons o) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Expression.ObjectItem item : o.items()) {
                    String key = item.literalKey();
                    Object value = literal(item.value());
                    if (key == null || value == NOT_LITERAL) {
                        return NOT_LITERAL;
                    }
                    out.put(key, value);
                }
                return out;
            }
            return NOT_LITERAL;
        }

        private static void assertSame(Object mine, Object theirs, String at) {
            if (mine instanceof BigDecimal d) {
                Number number = assertInstanceOf(Number.class, theirs, () -> at + " is a number in hcl4j");
                assertEquals(d.doubleValue(), number.doubleValue(), () -> at);
            } else if (mine instanceof List<?> list) {
                List<?> other = assertInstanceOf(List.class, theirs, () -> at + " is a list in hcl4j");
                assertEquals(list.size(), other.size(), () -> at + " size");
                for (int i = 0; i < list.size(); i++) {
                    assertSame(list.get(i), other.get(i), at + "[" + i + "]");
                }
            } else if (mine instanceof Map<?, ?> map) {
                Map<?, ?> other = assertInstanceOf(Map.class, theirs, () -> at + " is an object in hcl4j");
                assertEquals(map.keySet(), other.keySet(), () -> at + " keys");
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    assertSame(e.getValue(), other.get(e.getKey()), at + "." + e.getKey());
                }
            } else {
                assertEquals(mine, theirs, () -> at);
            }
        }
    }
}
