package io.finguard.cli;

import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import static io.finguard.cli.FixCommandTest.git;
import static io.finguard.cli.ScanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code finguard fix} over the bundled fixtures, with the built-in rules: issue 4's "done when" on the demo (the diff
 * applies with {@code git apply} on a clean copy, {@code --write} leaves no fixable finding, a second run prints
 * nothing), idempotence on every fixture, and every fixture file printing back byte for byte from its syntax tree.
 */
class FixturesFixTest {

    private static final Path FIXTURES = Path.of("../fixtures").toAbsolutePath().normalize();
    private static final Path FIX_VALUES = FIXTURES.resolve("configs/demo-fix-values.yml");

    @TempDir
    Path tmp;

    @Test
    void theDemosDiffAppliesWithGitAndWritingItLeavesNothingFixable() throws Exception {
        Path fixed = copy(FIXTURES.resolve("demo"), tmp.resolve("fixed"));
        Path clean = copy(FIXTURES.resolve("demo"), tmp.resolve("clean"));
        git(clean, "init", "-q");

        ScanCommandTest.Run diff = run("fix", "--config", FIX_VALUES.toString(), fixed.toString());
        assertEquals(0, diff.code(), diff.err());
        for (String file : List.of("modules/lambda/main.tf", "modules/logging/main.tf", "modules/replica/main.tf",
                "modules/storage/main.tf")) {
            assertTrue(diff.out().contains("diff --git a/" + file + " b/" + file + "\n"), diff.out());
        }
        assertTrue(diff.out().contains("+    CostCenter = \"cc-4021\"\n"), "the configured fix-value is inserted");
        assertEquals(read(clean), read(fixed), "printing the diff writes nothing");
        Path patch = Files.writeString(tmp.resolve("demo.diff"), diff.out());
        git(clean, "apply", patch.toString());

        ScanCommandTest.Run write = run("fix", "--write", "--config", FIX_VALUES.toString(), fixed.toString());
        assertEquals(0, write.code(), write.err());
        assertEquals("", write.out());
        assertEquals(read(clean), read(fixed), "--write writes exactly what git apply makes of the diff");

        ScanCommandTest.Run again = run("fix", "--config", FIX_VALUES.toString(), fixed.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals("", again.out(), "a second fix changes nothing");

        ScanCommandTest.Run scan = run("scan", "--format", "json", "--config", FIX_VALUES.toString(),
                fixed.toString());
        JsonNode report = scan.json();
        List<String> fixable = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("fixable").asBoolean()) {
                fixable.add(f.get("ruleId").asText() + " " + f.get("resource").asText());
            }
        });
        assertEquals(List.of(), fixable, "fixable findings left after --write");
        assertEquals(0, report.at("/summary/unverified").asInt(), "the new blocks are checked, not unverified");
        assertEquals(0, report.at("/summary/errors").asInt());
        assertTrue(report.at("/summary/findings").asInt() > 0, "the findings that cannot be fixed safely remain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "compliant", "snippets"})
    void fixingAFixtureTwiceChangesNothingTheSecondTime(String name) throws IOException {
        Path dir = copy(FIXTURES.resolve(name), tmp.resolve(name));
        ScanCommandTest.Run first = run("fix", "--write", dir.toString());
        assertEquals(0, first.code(), first.err());
        ScanCommandTest.Run second = run("fix", dir.toString());
        assertEquals(0, second.code(), second.err());
        assertEquals("", second.out(), name + ": the second fix printed a diff");
        if (name.equals("compliant")) {
            assertEquals(read(FIXTURES.resolve(name)), read(dir), "a compliant project is left as it is");
        }
    }

    @Test
    void everyFixtureFilePrintsBackFromItsTreeByteForByte() throws IOException {
        int files = 0;
        try (Stream<Path> all = Files.walk(FIXTURES)) {
            for (Path p : all.filter(f -> f.toString().endsWith(".tf") && !f.toString().contains("/target/"))
                    .toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                ConfigFile parsed = HclParser.parse(new SourceFile(p.toString(), text));
                assertEquals(List.of(), parsed.diagnostics(), p.toString());
                assertEquals(text, parsed.print(), p.toString());
                files++;
            }
        }
        assertTrue(files > 20, "fixture files found: " + files);
    }

    /** Copies a fixture into a directory of its own with a {@code .git}, so no configuration above it is used. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        Files.createDirectories(to.resolve(".git"));
        return to;
    }

    /** The Terraform files under {@code dir} by relative path. */
    static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".tf") || f.toString().endsWith(".tfvars")).toList()) {
                out.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }
}
