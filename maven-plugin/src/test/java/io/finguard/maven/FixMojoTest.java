package io.finguard.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixMojoTest {

    /** FG501 on line 1: a production log group that never expires; its fix adds a 30-day retention. */
    static final String ETERNAL_LOG_GROUP = CheckMojoTest.ETERNAL_LOG_GROUP;

    static final String FIXED_LOG_GROUP = """
            resource "aws_cloudwatch_log_group" "app" {
              name              = "/prod/app"
              tags              = { Project = "p", Team = "t", Environment = "prod", CostCenter = "cc-100", Owner = "o" }
              retention_in_days = 30
            }
            """;

    /** The test rule FG903 declines to fix a size that is not a literal, and says why. */
    static final String BOX_WITH_COMPUTED_SIZE = """
            resource "test_box" "b" {
              label = "box"
              size  = 2 * 3
            }
            """;

    /** The test rule FG903's fix for {@code broken} would delete the closing brace: the applier refuses it. */
    static final String BROKEN_BOX = """
            resource "test_box" "b" {
              label  = "box"
              size   = 1
              broken = true
            }
            """;

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private FixMojo mojo() {
        FixMojo mojo = TestModule.configure(new FixMojo(), dir, log);
        mojo.outputDirectory = dir.resolve("target/finguard").toFile();
        return mojo;
    }

    private void write(String file, String content) throws IOException {
        TestModule.write(dir, file, content);
    }

    private String read(String file) throws IOException {
        return Files.readString(dir.resolve(file));
    }

    private boolean logged(String level, String line) {
        return log.at(level).contains(line);
    }

    @Test
    void fixesTheFileInPlaceAndLogsEachFix() throws IOException {
        write("logs/main.tf", ETERNAL_LOG_GROUP);
        assertDoesNotThrow(() -> mojo().execute());
        assertEquals(FIXED_LOG_GROUP, read("logs/main.tf"));
        assertTrue(logged("info", "finguard: 1 fix(es) in 1 file(s) under " + dir.toAbsolutePath().normalize()),
                log.lines().toString());
        assertTrue(logged("info", "finguard: fix logs/main.tf:1 FG501 aws_cloudwatch_log_group.app: "
                + "set retention_in_days to 30"), log.lines().toString());
        assertTrue(logged("info", "finguard: wrote logs/main.tf"), log.lines().toString());
        assertFalse(Files.exists(dir.resolve("target/finguard/" + FixMojo.DIFF_FILE)), "only a dry run writes a diff");
    }

    @Test
    void afterTheFixTheCheckPasses() throws IOException {
        write("main.tf", ETERNAL_LOG_GROUP);
        assertDoesNotThrow(() -> mojo().execute());
        CheckMojo check = new CheckMojo();
        check.setLog(log);
        check.directory = dir.toFile();
        // where Maven points it: by default the check writes its SARIF and JSON reports there
        check.outputDirectory = dir.resolve("target/finguard").toFile();
        check.failOnViolation = true;
        assertDoesNotThrow(check::execute);
        // a second fix finds nothing: fixes are idempotent
        RecordingLog again = new RecordingLog();
        FixMojo second = mojo();
        second.setLog(again);
        assertDoesNotThrow(second::execute);
        assertTrue(again.at("info").contains("finguard: nothing to fix under " + dir.toAbsolutePath().normalize()),
                again.lines().toString());
        assertEquals(FIXED_LOG_GROUP, read("main.tf"));
    }

    @Test
    void aDryRunLeavesTheFilesAndWritesAndLogsTheDiff() throws IOException {
        write("main.tf", ETERNAL_LOG_GROUP);
        FixMojo mojo = mojo();
        mojo.dryRun = true;
        assertDoesNotThrow(mojo::execute);
        assertEquals(ETERNAL_LOG_GROUP, read("main.tf"));
        String diff = read("target/finguard/finguard-fix.diff");
        assertTrue(diff.contains("--- a/") && diff.contains("main.tf\n+++ b/"), diff);
        assertTrue(diff.contains("\n-  name = \"/prod/app\"\n") && diff.contains("\n+  retention_in_days = 30\n"), diff);
        assertTrue(logged("info", "finguard: fix main.tf:1 FG501 aws_cloudwatch_log_group.app: "
                + "set retention_in_days to 30"), log.lines().toString());
        assertTrue(logged("info", "+  retention_in_days = 30"), log.lines().toString());
        assertFalse(log.at("info").stream().anyMatch(l -> l.startsWith("finguard: wrote main.tf")), log.lines().toString());
    }

    @Test
    void aDryRunWithNothingToFixReplacesAnOldDiffWithAnEmptyOne() throws IOException {
        write("main.tf", FIXED_LOG_GROUP);
        write("target/finguard/finguard-fix.diff", "diff --git a/old.tf b/old.tf\n");
        FixMojo mojo = mojo();
        mojo.dryRun = true;
        assertDoesNotThrow(mojo::execute);
        assertEquals("", read("target/finguard/finguard-fix.diff"));
        assertTrue(logged("info", "finguard: nothing to fix under " + dir.toAbsolutePath().normalize()),
                log.lines().toString());
    }

    @Test
    void rulesLimitsTheFixToTheNamedRules() throws IOException {
        write("main.tf", ETERNAL_LOG_GROUP);
        FixMojo other = mojo();
        other.rules = List.of("FG903");
        assertDoesNotThrow(other::execute);
        assertEquals(ETERNAL_LOG_GROUP, read("main.tf"));

        FixMojo named = mojo();
        named.rules = List.of("fg903, fg501"); // as -Dfinguard.rules=fg903,fg501 may arrive
        assertDoesNotThrow(named::execute);
        assertEquals(FIXED_LOG_GROUP, read("main.tf"));
    }

    @Test
    void anUnknownRuleIsAnExecutionErrorNamingTheParameter() throws IOException {
        write("main.tf", ETERNAL_LOG_GROUP);
        FixMojo mojo = mojo();
        mojo.rules = List.of("FG999");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("finguard: rules: unknown rule FG999 (known: "), e.getMessage());
        assertEquals(ETERNAL_LOG_GROUP, read("main.tf"));
    }

    @Test
    void findingsWithoutAFixAreLoggedWithTheReasonAndDoNotFail() throws IOException {
        write("main.tf", BOX_WITH_COMPUTED_SIZE);
        assertDoesNotThrow(() -> mojo().execute());
        assertEquals(BOX_WITH_COMPUTED_SIZE, read("main.tf"));
        assertTrue(logged("warn", "finguard: left alone main.tf:3 FG903 test_box.b: size is not a number "
                + "(size is not a literal number)"), log.lines().toString());
    }

    @Test
    void aRefusedFixFailsTheBuildAndLeavesThatFileWhileOthersAreFixed() throws IOException {
        write("box.tf", BROKEN_BOX);
        write("logs.tf", ETERNAL_LOG_GROUP);
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertTrue(e.getMessage().startsWith("finguard: 1 file(s) not fixed:\n  box.tf:"), e.getMessage());
        assertTrue(e.getMessage().contains("the fixed file would not parse"), e.getMessage());
        assertEquals(BROKEN_BOX, read("box.tf"));
        assertEquals(FIXED_LOG_GROUP, read("logs.tf"));
        assertTrue(log.at("warn").stream().anyMatch(l -> l.startsWith("finguard: left alone box.tf:")
                && l.contains("its fix would leave box.tf unparsable")), log.lines().toString());
    }

    @Test
    void anUnparsableFileFailsTheBuildNamingFileAndLine() throws IOException {
        write("broken.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \n}\n");
        write("logs.tf", ETERNAL_LOG_GROUP);
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertTrue(e.getMessage().startsWith("finguard: 1 error(s): files not checked or fixed:\n  broken.tf:"),
                e.getMessage());
        // as finguard fix --write: what could be fixed is, and the build still fails for the file that was not
        assertEquals(FIXED_LOG_GROUP, read("logs.tf"));
    }

    @Test
    void aPlanFileIsIgnoredWithAWarning() throws IOException {
        write("main.tf", ETERNAL_LOG_GROUP);
        FixMojo mojo = mojo();
        mojo.planFile = dir.resolve("plan.json").toFile(); // does not even exist: it is not read
        assertDoesNotThrow(mojo::execute);
        assertTrue(log.at("warn").contains("finguard: planFile " + mojo.planFile + " is ignored: fix edits the .tf "
                + "files, and a plan's values do not change when they are edited"), log.lines().toString());
        assertEquals(FIXED_LOG_GROUP, read("main.tf"));
    }

    @Test
    void aPlanWithoutTerraformFilesLeavesNothingToFix() throws IOException {
        write("plan.json", "{}");
        FixMojo mojo = mojo();
        mojo.planFile = dir.resolve("plan.json").toFile();
        assertDoesNotThrow(mojo::execute);
        assertTrue(log.at("info").stream().anyMatch(l -> l.startsWith("finguard: no Terraform files under")),
                log.lines().toString());
    }

    @Test
    void anInvalidConfigIsAnExecutionError() throws IOException {
        write("main.tf", ETERNAL_LOG_GROUP);
        write("finguard.yml", "no-such-key: 1\n");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> mojo().execute());
        assertTrue(e.getMessage().contains("finguard.yml:1"), e.getMessage());
        assertEquals(ETERNAL_LOG_GROUP, read("main.tf"));
    }

    @Test
    void theConfigurationDecidesWhatIsFixed() throws IOException {
        write("main.tf", ETERNAL_LOG_GROUP);
        write("finguard.yml", "rules:\n  FG501: {enabled: false}\n");
        assertDoesNotThrow(() -> mojo().execute());
        assertEquals(ETERNAL_LOG_GROUP, read("main.tf"));
    }

    @Test
    void aParentLeavesItsChildModulesToThemselves() throws IOException {
        write("main.tf", ETERNAL_LOG_GROUP);
        write("infra/main.tf", ETERNAL_LOG_GROUP);
        write("infra/pom.xml", "<project/>");
        FixMojo parent = mojo();
        parent.modules = List.of("infra");
        assertDoesNotThrow(parent::execute);
        assertEquals(FIXED_LOG_GROUP, read("main.tf"));
        assertEquals(ETERNAL_LOG_GROUP, read("infra/main.tf"));
    }

    @Test
    void skipDoesNothing() throws IOException {
        write("main.tf", ETERNAL_LOG_GROUP);
        FixMojo mojo = mojo();
        mojo.skip = true;
        assertDoesNotThrow(mojo::execute);
        assertEquals(ETERNAL_LOG_GROUP, read("main.tf"));
        assertEquals(List.of("finguard: skipped"), log.at("info"));
    }
}
