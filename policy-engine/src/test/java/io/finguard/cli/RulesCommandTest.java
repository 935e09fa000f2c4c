package io.finguard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.finguard.cli.InspectCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code finguard rules list|show} with the test rules FG901 (documented, with parameters) and FG902 (no docs page)
 * that this module registers in its test resources only.
 */
class RulesCommandTest {

    @TempDir
    Path dir;

    private static final String TABLE = """
            ID     NAME            SEVERITY  SUMMARY
            FG901  every-bucket    high      Reports every S3 bucket.
            FG902  every-resource  low       Reports every managed resource.
            """;

    @Test
    void listPrintsAnAlignedTableOnStdout() {
        InspectCommandTest.Run r = run("rules", "list");
        assertEquals(0, r.code(), r.err());
        assertEquals(TABLE, r.out().replace("\r\n", "\n"));
        assertEquals("", r.err());
    }

    @Test
    void rulesAloneLists() {
        InspectCommandTest.Run r = run("rules");
        assertEquals(0, r.code(), r.err());
        assertEquals(TABLE, r.out().replace("\r\n", "\n"));
    }

    @Test
    void showPrintsTheDocsPageThenTheDefaultParametersAsYaml() {
        InspectCommandTest.Run r = run("rules", "show", "FG901");
        assertEquals(0, r.code(), r.err());
        String out = r.out().replace("\r\n", "\n");
        assertTrue(out.startsWith("# FG901 every-bucket\n\nA test rule"), out);
        assertTrue(out.contains("## How to fix\n\nDelete the bucket.\n"), out);
        assertTrue(out.endsWith("""
                Delete the bucket.

                ## Effective parameters (built-in defaults)

                enabled: true
                severity: high
                required-tags: [Owner, Team]
                pattern: ^cc-[0-9]{3,}$
                max-days: {prod: 30, dev: 7}
                max: 20
                strict-names: false
                """), out);
    }

    @Test
    void showHonoursTheConfigFile() throws IOException {
        Path config = dir.resolve("finguard.yml");
        Files.writeString(config, """
                rules:
                  FG901:
                    severity: critical
                    enabled: false
                    required-tags: [CostCenter]
                    pattern: "^[a-z]+$"
                    max-days: {staging: 14}
                """);
        InspectCommandTest.Run r = run("rules", "show", "fg901", "--config", config.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().replace("\r\n", "\n").endsWith("""
                ## Effective parameters (from %s)

                enabled: false
                severity: critical
                required-tags: [CostCenter]
                pattern: ^[a-z]+$
                max-days: {staging: 14}
                max: 20
                strict-names: false
                """.formatted(config)), r.out());
    }

    @Test
    void aRuleWithoutDocsStillShowsItsSummaryAndSaysSoOnStderr() {
        InspectCommandTest.Run r = run("rules", "show", "FG902");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                # FG902 every-resource

                Reports every managed resource.

                ## Effective parameters (built-in defaults)

                enabled: true
                severity: low
                """, r.out().replace("\r\n", "\n"));
        assertTrue(r.err().contains("FG902 has no docs page"), r.err());
    }

    @Test
    void unknownIdExitsTwoListingTheKnownOnes() {
        InspectCommandTest.Run r = run("rules", "show", "FG101");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("finguard: no rule FG101 (known: FG901, FG902)", r.err().strip());
    }

    @Test
    void invalidConfigExitsTwoNamingFileLineAndKey() throws IOException {
        Path config = dir.resolve("finguard.yml");
        Files.writeString(config, "rules:\n  FG901:\n    max: lots\n");
        InspectCommandTest.Run r = run("rules", "show", "FG901", "--config", config.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("finguard: " + config + ":3: rules.FG901.max: expected a whole number, got \"lots\"",
                r.err().strip());
    }

    @Test
    void missingIdAndUnknownSubcommandAreUsageErrors() {
        assertEquals(2, run("rules", "show").code());
        InspectCommandTest.Run r = run("rules", "frobnicate");
        assertEquals(2, r.code());
        assertEquals("", r.out());
    }
}
