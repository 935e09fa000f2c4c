package io.finguard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.finguard.cli.ScanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code finguard rules list|show} as this module's users see them: the built-in rule pack, plus the test rule FG903
 * that this module registers for the fix command's tests.
 */
class RulesCommandTest {

    @TempDir
    Path dir;

    @Test
    void listPrintsAnAlignedTableOnStdout() {
        ScanCommandTest.Run r = run("rules", "list");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().replace("\r\n", "\n").lines().toList();
        assertTrue(lines.get(0).matches("ID +NAME +SEVERITY +SUMMARY"), lines.get(0));
        String header = lines.get(0);
        String fg501 = lines.stream().filter(l -> l.startsWith("FG501 ")).findFirst().orElseThrow();
        assertEquals("log-retention", fg501.substring(header.indexOf("NAME")).split(" ")[0], fg501);
        assertEquals("medium", fg501.substring(header.indexOf("SEVERITY")).split(" ")[0], fg501);
        assertTrue(fg501.substring(header.indexOf("SUMMARY")).startsWith("CloudWatch log groups set retention_in_days"), fg501);
        List<String> ids = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(' '))).toList();
        assertEquals(List.of("FG101", "FG201", "FG301", "FG401", "FG501", "FG502", "FG903"), ids);
        int severityColumn = lines.get(0).indexOf("SEVERITY");
        for (String line : lines) {
            assertTrue(line.charAt(severityColumn - 1) == ' ' && line.charAt(severityColumn) != ' ', line);
            assertEquals(line.strip(), line.stripLeading(), "no line ends in spaces: " + line);
        }
    }

    @Test
    void rulesAloneLists() {
        ScanCommandTest.Run r = run("rules");
        assertEquals(0, r.code(), r.err());
        assertEquals(run("rules", "list").out(), r.out());
    }

    @Test
    void showPrintsTheDocsPageThenTheDefaultParametersAsYaml() {
        ScanCommandTest.Run r = run("rules", "show", "FG501");
        assertEquals(0, r.code(), r.err());
        String out = r.out().replace("\r\n", "\n");
        assertTrue(out.startsWith("# FG501 log-retention\n\nEvery `aws_cloudwatch_log_group` expires"), out);
        assertTrue(out.contains("""
                `max-days` for that environment in `finguard.yml`.

                ## Effective parameters (built-in defaults)

                enabled: true
                severity: medium
                max-days: {"""), out);
        assertTrue(out.contains("\nenvironment-tag: Environment\n"), out);
        assertEquals("", r.err());
    }

    @Test
    void showHonoursTheConfigFile() throws IOException {
        Path config = dir.resolve("finguard.yml");
        Files.writeString(config, """
                rules:
                  FG501:
                    severity: critical
                    enabled: false
                    max-days: {staging: 14}
                """);
        ScanCommandTest.Run r = run("rules", "show", "fg501", "--config", config.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().replace("\r\n", "\n").contains("""
                ## Effective parameters (from %s)

                enabled: false
                severity: critical
                max-days: {staging: 14}
                """.formatted(config)), r.out());
    }

    @Test
    void unknownIdExitsTwoListingTheKnownOnes() {
        ScanCommandTest.Run r = run("rules", "show", "FG999");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("finguard: no rule FG999 (known: FG101, FG201, FG301, FG401, FG501, FG502, FG903)",
                r.err().strip());
    }

    @Test
    void invalidConfigExitsTwoNamingFileLineAndKey() throws IOException {
        Path config = dir.resolve("finguard.yml");
        Files.writeString(config, "rules:\n  FG201:\n    max: lots\n");
        ScanCommandTest.Run r = run("rules", "show", "FG201", "--config", config.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("finguard: " + config + ":3: rules.FG201.max: expected a whole number, got \"lots\"",
                r.err().strip());
    }

    @Test
    void missingIdAndUnknownSubcommandAreUsageErrors() {
        assertEquals(2, run("rules", "show").code());
        ScanCommandTest.Run r = run("rules", "frobnicate");
        assertEquals(2, r.code());
        assertEquals("", r.out());
    }
}
