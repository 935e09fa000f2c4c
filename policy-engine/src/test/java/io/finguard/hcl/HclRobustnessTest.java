package io.finguard.hcl;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken input of every shape: the corpus files truncated at random points and mutated at random (chars deleted,
 * inserted, duplicated). Whatever the damage, parsing returns, reports no internal error, stays lossless and keeps
 * its ranges sound. Seeds are fixed so that a failure reproduces.
 */
class HclRobustnessTest {

    private static final int VARIANTS_PER_FILE = 30;
    /** Chars that matter to the lexer and the parser, so mutations hit the interesting paths. */
    private static final String SIGNIFICANT = "{}[]()\"$%~<>=!&|?:,.*#/\\\n\r\t -+'@EOT0123456789abc\u00e9\uFEFF";

    static Stream<Path> corpus() {
        return HclCorpus.corpusFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void truncatedAndMutatedFilesNeverBreakTheParser(Path path) {
        String text = HclCorpus.read(path).text();
        Random random = new Random(path.getFileName().toString().hashCode());
        for (int i = 0; i < VARIANTS_PER_FILE; i++) {
            String variant = i % 3 == 0 ? text.substring(0, random.nextInt(text.length() + 1)) : mutate(text, random);
            check(path.getFileName() + "#" + i, variant);
        }
    }

    private static void check(String name, String text) {
        ConfigFile file = HclParser.parse(new SourceFile(name, text));
        assertFalse(file.diagnostics().stream().anyMatch(d -> d.message().startsWith("internal error")),
                () -> name + ": " + file.diagnostics() + "\n--- input ---\n" + text);
        try {
            TreeInvariants.assertLossless(file);
            TreeInvariants.assertRangesSound(file);
        } catch (AssertionError e) {
            throw new AssertionError(name + ": " + e.getMessage() + "\n--- input ---\n" + text, e);
        }
        ExpressionResult expression = HclParser.parseExpression(new SourceFile(name, text));
        assertFalse(expression.diagnostics().stream().anyMatch(d -> d.message().startsWith("internal error")),
                () -> name + " as an expression: " + expression.diagnostics());
        ExpressionResult template = HclParser.parseTemplate(new SourceFile(name, text));
        assertFalse(template.diagnostics().stream().anyMatch(d -> d.message().startsWith("internal error")),
                () -> name + " as a template: " + template.diagnostics());
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(out.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(20)));
                case 1 -> {
                    int count = 1 + random.nextInt(3);
                    for (int k = 0; k < count; k++) {
                        out.insert(at, SIGNIFICANT.charAt(random.nextInt(SIGNIFICANT.length())));
                    }
                }
                default -> {
                    int from = random.nextInt(out.length() + 1);
                    int to = Math.min(out.length(), from + random.nextInt(40));
                    out.insert(at, out.substring(from, to));
                }
            }
        }
        return out.toString();
    }
}
