package io.finguard.hcl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken input of every shape: the corpus files truncated at random points and mutated at random (chars deleted,
 * inserted, duplicated). Whatever the damage, parsing returns, reports no internal error, stays lossless and keeps
 * its ranges sound. Seeds are fixed so that a failure reproduces.
 * <p>
 * And hostile files of 100,000 lines, where one early mistake leaves the rest of the file to error recovery (an
 * unterminated heredoc took 4 s to 50 s to report, because the lines it swallowed were joined one at a time):
 * each must give its error. No time is asserted, but a parser that is not linear makes this test slow.
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

    private static final int LINES = 100_000;

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                hostile("unterminated heredoc", "locals {\n  x = <<EOT\n",
                        i -> "resource \"aws_s3_bucket\" \"b" + i + "\" {", "unterminated heredoc"),
                hostile("unterminated heredoc full of interpolations", "x = <<EOT\n", i -> "${a" + i,
                        "unterminated heredoc"),
                hostile("unterminated comment", "/*\n", i -> "a" + i + " = 1", "unterminated comment"),
                hostile("an unterminated string on every line", "", i -> "a" + i + " = \"x", "unterminated string"),
                hostile("unclosed blocks", "", i -> "resource \"a\" \"b" + i + "\" {", "blocks nested too deeply"),
                hostile("stray closing braces", "", i -> "}", ""),
                hostile("only operators", "", i -> "= = = =", ""),
                hostile("a long chain of operators", "x = ", i -> "a +", ""),
                hostile("an open for-expression on every line", "x = ", i -> "[for a in b :", ""));
    }

    private static Arguments hostile(String name, String head, IntFunction<String> line, String firstError) {
        return Arguments.of(name, head, line, firstError);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void hostileFilesEndWithTheirError(String name, String head, IntFunction<String> line, String firstError) {
        String text = head + IntStream.range(0, LINES).mapToObj(line).collect(Collectors.joining("\n")) + "\n";
        ConfigFile file = HclParser.parse(new SourceFile(name, text));
        assertFalse(file.diagnostics().isEmpty(), "an error is reported");
        assertTrue(file.diagnostics().stream().anyMatch(d -> d.message().startsWith(firstError)),
                () -> "no error starts with '" + firstError + "': " + file.diagnostics().subList(0,
                        Math.min(5, file.diagnostics().size())));
        assertFalse(file.diagnostics().stream().anyMatch(d -> d.message().startsWith("internal error")));
        TreeInvariants.assertLossless(file);
        TreeInvariants.assertRangesSound(file);
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
