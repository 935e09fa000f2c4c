package io.finguard.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Syntax errors, as data: each file under {@code hcl/errors/} states the problems it must produce
 * ({@code # expect: LINE:COLUMN message}, all of them and nothing else) and the attributes that recovery must still
 * find after the error ({@code # recovers: NAME}).
 */
class HclErrorsTest {

    private static final Pattern EXPECT = Pattern.compile("^# expect: (\\d+):(\\d+) (.+)$", Pattern.MULTILINE);
    private static final Pattern RECOVERS = Pattern.compile("^# recovers: (\\S+)$", Pattern.MULTILINE);

    static Stream<Path> errorCases() {
        return HclCorpus.errorCases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorCases")
    void reportsTheProblemAndRecovers(Path path) {
        SourceFile source = HclCorpus.read(path);
        ConfigFile file = HclParser.parse(source);

        List<String> expected = new ArrayList<>();
        Matcher m = EXPECT.matcher(source.text());
        while (m.find()) {
            expected.add(m.group(1) + ":" + m.group(2) + " " + m.group(3));
        }
        assertFalse(expected.isEmpty(), "the case states its expected problems");
        List<Diagnostic> actual = file.diagnostics();
        assertEquals(expected.size(), actual.size(), () -> "problems: " + actual);
        for (int i = 0; i < expected.size(); i++) {
            Diagnostic d = actual.get(i);
            String got = d.line() + ":" + d.column() + " " + d.message();
            String want = expected.get(i);
            assertTrue(got.startsWith(want),
                    () -> "expected a problem starting with\n  " + want + "\nbut got\n  " + got);
            assertEquals(source.name(), d.file());
        }

        Matcher r = RECOVERS.matcher(source.text());
        while (r.find()) {
            String name = r.group(1);
            assertTrue(hasAttribute(file.body(), name), () -> "attribute " + name + " is parsed after the error");
        }
        TreeInvariants.assertLossless(file);
        TreeInvariants.assertRangesSound(file);
    }

    private static boolean hasAttribute(Node root, String name) {
        List<Attribute> found = new ArrayList<>();
        SyntaxWalk.forEach(root, n -> {
            if (n instanceof Attribute a && a.name().equals(name)) {
                found.add(a);
            }
        });
        return !found.isEmpty();
    }

    @Test
    void everyMessageNamesTheFileLineAndColumn() {
        ConfigFile file = HclParser.parse(new SourceFile("modules/a/main.tf", "x = \"abc\n"));
        assertEquals("modules/a/main.tf:1:5: unterminated string: a quoted string must end on the line where it starts",
                file.diagnostics().get(0).toString());
    }

    @Test
    void aBrokenBlockDoesNotHideTheFollowingOnes() {
        ConfigFile file = HclParser.parse(new SourceFile("t.tf",
                "resource \"a\" \"one\" {\n  x = = 1\n  y = [1,\n}\nresource \"a\" \"two\" {\n  z = 2\n}\n"));
        assertTrue(file.hasErrors());
        List<String> names = file.body().blocks("resource").stream().map(b -> b.labelValues().get(1)).toList();
        assertEquals(List.of("one", "two"), names);
        TreeInvariants.assertLossless(file);
        TreeInvariants.assertRangesSound(file);
    }

    @Test
    void deeplyNestedInputIsReportedNotAStackOverflow() {
        String deep = "x = " + "(".repeat(5000) + "1" + ")".repeat(5000) + "\ny = 2\n";
        ConfigFile file = HclParser.parse(new SourceFile("deep.tf", deep));
        assertTrue(file.diagnostics().get(0).message().startsWith("expression nested too deeply"));
        assertEquals("2", file.source().slice(file.body().attribute("y").value().range()));
        String blocks = "a {\n".repeat(500) + "}\n".repeat(500);
        ConfigFile nested = HclParser.parse(new SourceFile("blocks.tf", blocks));
        assertTrue(nested.diagnostics().get(0).message().startsWith("blocks nested too deeply"));
        TreeInvariants.assertLossless(nested);
    }
}
