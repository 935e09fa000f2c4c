package io.finguard.precommit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The hooks of {@code .pre-commit-hooks.yaml}, run by the real pre-commit ({@code pre-commit try-repo}, which clones
 * this repository, uncommitted changes included, as it would clone it from the README's snippet) in a throw-away
 * git repository with staged Terraform. The hooks run the repository's {@code finguard} wrapper from that clone;
 * {@code FINGUARD_JAR} hands it the reactor's jar so that the clone is not built a second time (the build from
 * source is what users get; docs/decisions/055-pre-commit-and-action.md has both timings).
 */
class PreCommitHooksTest {

    private static final Path FINGUARD_REPOSITORY = Path.of(System.getProperty("finguard.repository", ".."))
            .toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("finguard.jar", "../cli/target/finguard.jar"))
            .toAbsolutePath().normalize();

    /** Files of fixtures/snippets: one that passes every rule, one that breaks FG501 only. */
    private static final String COMPLIANT = snippet("log-group-compliant.tf");
    private static final String NEVER_EXPIRES = snippet("log-group-never-expires.tf");

    private final Path repo;

    PreCommitHooksTest(@TempDir Path repo) {
        this.repo = repo;
    }

    @BeforeAll
    static void needsPreCommitAndTheJar() throws Exception {
        assumeTrue(Run.of(Path.of("."), List.of("pre-commit", "--version")).ok(), "pre-commit is not installed, "
                + "so the pre-commit hooks are not tested (.ci/run installs it: apt-get install -y pre-commit)");
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: these tests run in 'mvn verify', after the cli "
                + "module's package phase built it");
    }

    @Test
    void aStagedViolationFailsTheHookWithTheRuleId() throws Exception {
        git("init", "-q");
        stage("logs.tf", NEVER_EXPIRES);
        Run run = hook("finguard", "logs.tf");
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("finguard.") && run.output().contains("Failed"), run.output());
        assertTrue(run.output().contains("FG501 log-retention  aws_cloudwatch_log_group.audit"), run.output());
        assertTrue(run.output().contains("logs.tf"), run.output());
    }

    @Test
    void aStagedCompliantFilePassesThoughAnotherFileBreaksTheRules() throws Exception {
        repositoryWithALegacyViolation();
        stage("main.tf", COMPLIANT);
        Run run = hook("finguard", "main.tf");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("Passed"), run.output());
        assertFalse(run.output().contains("FG501"), "legacy.tf was not staged: " + run.output());
    }

    @Test
    void aStagedTfvarsFileIsCheckedThroughTheRootModuleItSets() throws Exception {
        git("init", "-q");
        stage("main.tf", "variable \"retention\" {\n  default = 30\n}\n" + COMPLIANT
                .replace("= 30", "= var.retention"));
        stage("terraform.tfvars", "retention = 30\n");
        git("commit", "-q", "-m", "clean");
        stage("terraform.tfvars", "retention = 45\n");
        Run run = hook("finguard", "terraform.tfvars");
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("FG501") && run.output().contains("retention_in_days = 45"), run.output());
    }

    @Test
    void filesOtherThanTerraformAreNotHandedToTheHook() throws Exception {
        git("init", "-q");
        stage("README.md", "# not Terraform\n");
        Run run = hook("finguard", "README.md");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("(no files to check)Skipped"), run.output());
    }

    @Test
    void theFixHookRewritesTheStagedFileAndFailsAsAFormatterDoes() throws Exception {
        repositoryWithALegacyViolation();
        stage("logs.tf", NEVER_EXPIRES);
        Run run = hook("finguard-fix", "logs.tf");
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("- files were modified by this hook"), run.output());
        assertFalse(run.output().contains("- exit code:"), "finguard fix itself succeeded: " + run.output());
        assertEquals(NEVER_EXPIRES.replace("  }\n}", "  }\n  retention_in_days = 30\n}"),
                Files.readString(repo.resolve("logs.tf")));
        assertEquals(NEVER_EXPIRES, Files.readString(repo.resolve("legacy.tf")), "only staged files are fixed");

        git("add", "logs.tf");
        Run again = hook("finguard-fix", "logs.tf");
        assertEquals(0, again.exit(), "a fixed file needs no second fix: " + again.output());
        assertEquals(0, hook("finguard", "logs.tf").exit(), "and the scan hook passes on it");
    }

    private static String snippet(String name) {
        try {
            return Files.readString(FINGUARD_REPOSITORY.resolve("fixtures/snippets").resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code pre-commit try-repo FINGUARD_REPOSITORY HOOK --files FILES}, run in the test repository. */
    private Run hook(String id, String... files) throws Exception {
        List<String> command = new ArrayList<>(List.of("pre-commit", "try-repo", FINGUARD_REPOSITORY.toString(),
                id, "--files"));
        command.addAll(List.of(files));
        return Run.of(repo, command, "FINGUARD_JAR", JAR.toString());
    }

    /** A new repository whose one commit has legacy.tf, which breaks FG501 and is never staged again. */
    private void repositoryWithALegacyViolation() throws Exception {
        git("init", "-q");
        stage("legacy.tf", NEVER_EXPIRES);
        git("commit", "-q", "-m", "legacy");
    }

    private void stage(String path, String content) throws Exception {
        Files.writeString(repo.resolve(path), content);
        git("add", path);
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=finguard test", "-c",
                "user.email=test@finguard.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Run run = Run.of(repo, command);
        assertTrue(run.ok(), String.join(" ", command) + ": " + run.output());
    }

    /** A finished process: its exit code and what it printed on stdout and stderr, interleaved. */
    record Run(int exit, String output) {

        boolean ok() {
            return exit == 0;
        }

        /** Runs {@code command} in {@code dir} with extra environment variables given as name, value pairs. */
        static Run of(Path dir, List<String> command, String... env) throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            for (int i = 0; i < env.length; i += 2) {
                builder.environment().put(env[i], env[i + 1]);
            }
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                return new Run(127, command.get(0) + ": " + e.getMessage());
            }
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes");
            }
            return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        }
    }
}
