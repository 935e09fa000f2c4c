package io.finguard.cli;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.finguard.cli.ScanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code finguard fix} end to end, on fixes whose shape the test controls: they come from the test rule FG903
 * (registered for this module's tests), which wants every {@code test_box} to have a {@code size} of at most 10 and a
 * {@code label}. The built-in rules' fixes are tested by their rule cases and, end to end, by {@link FixturesFixTest}.
 */
class FixCommandTest {

    private static final String BOX = """
            resource "test_box" "a" {
              colour = "red"
            }
            """;
    private static final String FIXED_BOX = """
            resource "test_box" "a" {
              colour = "red"
              size = 1
              label = "box"
            }
            """;
    private static final String OTHER = "resource \"test_box\" \"fine\" {\n  size  = 2\n  label = \"fine\"\n}\n";

    @TempDir
    Path tmp;

    private Path write(Path dir, String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** A project directory that is its own git root, so that no finguard.yml above it is picked up. */
    private Path project() throws IOException {
        Path dir = tmp.resolve("project");
        Files.createDirectories(dir.resolve(".git"));
        return dir;
    }

    /** Runs the real git in {@code dir} and returns its output; fails the test when git fails. */
    static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "git " + String.join(" ", args) + ":\n" + output);
        return output;
    }

    @Test
    void printsOnlyTheDiffWhichGitApplyTakesAndWritesNothing() throws IOException, InterruptedException {
        Path dir = project();
        write(dir, "main.tf", BOX);
        write(dir, "other.tf", OTHER);
        ScanCommandTest.Run r = run("fix", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                diff --git a/main.tf b/main.tf
                --- a/main.tf
                +++ b/main.tf
                @@ -1,3 +1,5 @@
                 resource "test_box" "a" {
                   colour = "red"
                +  size = 1
                +  label = "box"
                 }
                """, r.out());
        assertTrue(r.err().contains("finguard: 2 fixes in 1 file\n"), r.err());
        assertTrue(r.err().contains("  main.tf:1  FG903  test_box.a: set size to 1\n"), r.err());
        assertEquals(BOX, Files.readString(dir.resolve("main.tf")), "without --write nothing is written");

        Path copy = tmp.resolve("copy");
        write(copy, "main.tf", BOX);
        Path patch = write(tmp, "fix.patch", r.out());
        git(copy, "apply", patch.toString());
        assertEquals(FIXED_BOX, Files.readString(copy.resolve("main.tf")));
    }

    @Test
    void writeKeepsPermissionsLeavesNoTemporaryFileAndASecondRunPrintsNothing() throws IOException {
        Path dir = project();
        Path main = write(dir, "main.tf", BOX);
        Files.setPosixFilePermissions(main, PosixFilePermissions.fromString("rw-r-----"));
        ScanCommandTest.Run r = run("fix", "--write", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("finguard: wrote main.tf"), r.err());
        assertEquals(FIXED_BOX, Files.readString(main));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(main)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(".git", "main.tf"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        ScanCommandTest.Run again = run("fix", dir.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals("", again.out(), "idempotent: nothing left to fix");
        assertTrue(again.err().contains("nothing to fix"), again.err());
    }

    @Test
    void ruleLimitsTheFixes() throws IOException {
        Path dir = project();
        write(dir, "main.tf", BOX);
        ScanCommandTest.Run other = run("fix", "--rule", "FG501", dir.toString());
        assertEquals(0, other.code(), other.err());
        assertEquals("", other.out());
        ScanCommandTest.Run box = run("fix", "--rule", "fg903", dir.toString());
        assertTrue(box.out().contains("+  size = 1"), box.out());
        ScanCommandTest.Run unknown = run("fix", "--rule", "FG999", dir.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown rule FG999"), unknown.err());
        assertEquals("", unknown.out());
    }

    @Test
    void findingsLeftAloneAreListedWithFileLineRuleAndReason() throws IOException {
        Path dir = project();
        write(dir, "main.tf", """
                variable "n" {}
                resource "test_box" "a" {
                  size  = var.n
                  label = "a"
                }
                """);
        ScanCommandTest.Run r = run("fix", "--rule", "FG903", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("finguard: 1 finding left alone:\n"
                + "  main.tf:3  FG903  test_box.a: size is not a number (size is not a literal number)\n"), r.err());
    }

    @Test
    void aFixThatWouldNotParseIsRefusedExitsOneAndWritesNothingToThatFile() throws IOException {
        Path dir = project();
        String broken = "resource \"test_box\" \"x\" {\n  size   = 2\n  label  = \"x\"\n  broken = true\n}\n";
        write(dir, "broken.tf", broken);
        write(dir, "main.tf", BOX);
        ScanCommandTest.Run r = run("fix", "--write", dir.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("finguard: broken.tf:"), r.err());
        assertTrue(r.err().contains("would not parse"), r.err());
        assertEquals(broken, Files.readString(dir.resolve("broken.tf")));
        assertEquals(FIXED_BOX, Files.readString(dir.resolve("main.tf")), "the other file is still fixed");
    }

    @Test
    void anUnparsableFileExitsOneNamingItsLineWhileOtherFilesAreFixed() throws IOException {
        Path dir = project();
        write(dir, "bad.tf", "resource \"test_box\" \"b\" {\n  size = \n");
        write(dir, "main.tf", BOX);
        ScanCommandTest.Run r = run("fix", dir.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("finguard: bad\\.tf:[0-9]+: .+")), r.err());
        assertTrue(r.out().startsWith("diff --git a/main.tf b/main.tf\n"), r.out());
    }

    @Test
    void usageErrorsExitTwoWithNothingOnStdout() throws IOException {
        Path dir = project();
        write(dir, "main.tf", BOX);
        ScanCommandTest.Run missing = run("fix", dir.resolve("absent").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("absent"), missing.err());
        ScanCommandTest.Run plan = run("fix", "--plan", "plan.json", dir.toString());
        assertEquals(2, plan.code(), "fix takes no plan");
        assertTrue(plan.err().contains("--plan"), plan.err());
        write(dir, "finguard.yml", "rules:\n  FG903:\n    severity: urgent\n");
        ScanCommandTest.Run config = run("fix", dir.toString());
        assertEquals(2, config.code());
        assertTrue(config.err().contains("finguard.yml:3"), config.err());
        for (ScanCommandTest.Run r : List.of(missing, plan, config)) {
            assertEquals("", r.out());
        }
        assertEquals(BOX, Files.readString(dir.resolve("main.tf")));
    }

    @Test
    void helpNamesTheExitCodes() {
        ScanCommandTest.Run r = run("help", "fix");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith("2") && l.contains("usage")), r.out());
        assertTrue(r.out().contains("--git-branch=NAME"), r.out());
    }

    @Test
    void scanSarifCarriesTheFixesAndJsonDoesNot() throws IOException {
        Path dir = project();
        write(dir, "main.tf", BOX);
        ScanCommandTest.Run sarif = run("scan", "--rule", "FG903", "--format", "sarif", dir.toString());
        com.fasterxml.jackson.databind.JsonNode result = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(sarif.out()).at("/runs/0/results/0");
        assertEquals("set size to 1", result.at("/fixes/0/description/text").asText(), sarif.out());
        assertEquals("  size = 1\n",
                result.at("/fixes/0/artifactChanges/0/replacements/0/insertedContent/text").asText());
        assertEquals(3, result.at("/fixes/0/artifactChanges/0/replacements/0/deletedRegion/startLine").asInt());
        ScanCommandTest.Run json = run("scan", "--rule", "FG903", "--format", "json", dir.toString());
        assertFalse(json.out().contains("fixes") || json.out().contains("size = 1"), json.out());
    }

    // --git-branch

    /** A repository at {@code dir} on branch main, with one commit holding these files (path, text, path, …). */
    private Git repository(Path dir, String... pathsAndTexts) throws GitAPIException, IOException {
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        StoredConfig config = git.getRepository().getConfig();
        config.setString("user", null, "name", "Test");
        config.setString("user", null, "email", "test@example.invalid");
        config.save();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            write(dir, pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        git.add().addFilepattern(".").call();
        git.commit().setMessage("initial").setSign(false).call();
        return git;
    }

    private static List<String> changedPaths(Git git, RevWalk walk, RevCommit commit)
            throws IOException, GitAPIException {
        try (ObjectReader reader = git.getRepository().newObjectReader()) {
            RevCommit parent = walk.parseCommit(commit.getParent(0));
            CanonicalTreeParser before = new CanonicalTreeParser(null, reader, parent.getTree());
            CanonicalTreeParser after = new CanonicalTreeParser(null, reader, commit.getTree());
            return git.diff().setOldTree(before).setNewTree(after).call().stream().map(DiffEntry::getNewPath)
                    .toList();
        }
    }

    @Test
    void gitBranchCommitsExactlyTheFixedFilesOnANewBranch() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Git git = repository(dir, "infra/main.tf", BOX, "infra/other.tf", OTHER, "README.md", "docs\n")) {
            ObjectId base = git.getRepository().resolve("HEAD");
            write(dir, "notes.txt", "an untracked file does not make the tree dirty\n");
            // finguard runs no code from the repository: a failing pre-commit hook does not stop the commit, and
            // a post-commit hook does not run
            Path ran = tmp.resolve("hook-ran");
            for (String hook : List.of("pre-commit", "post-commit")) {
                Path script = write(dir, ".git/hooks/" + hook, "#!/bin/sh\ntouch '" + ran + "'\nexit 1\n");
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            }

            ScanCommandTest.Run r = run("fix", "--git-branch", "finguard/fixes", dir.resolve("infra").toString());
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.out());
            assertTrue(r.err().contains("on branch finguard/fixes"), r.err());

            assertEquals("finguard/fixes", git.getRepository().getBranch(), "the repository is left on the branch");
            ObjectId head = git.getRepository().resolve("HEAD");
            try (RevWalk walk = new RevWalk(git.getRepository())) {
                RevCommit commit = walk.parseCommit(head);
                assertEquals(base, commit.getParent(0).getId());
                assertEquals("""
                        finguard fix: 2 fixes

                        FG903 test_box.a (main.tf): set size to 1
                        FG903 test_box.a (main.tf): set label to "box"
                        """, commit.getFullMessage());
                assertEquals(List.of("infra/main.tf"), changedPaths(git, walk, commit));
            }
            assertEquals(base, git.getRepository().resolve("refs/heads/main"), "main is untouched");
            assertEquals(FIXED_BOX, Files.readString(dir.resolve("infra/main.tf")));
            assertTrue(git.status().call().getUncommittedChanges().isEmpty());
            assertTrue(git.status().call().getUntracked().contains("notes.txt"));
            assertFalse(Files.exists(ran), "no hook ran");
        }
    }

    @Test
    void gitBranchRefusesADirtyTreeAndWritesNothing() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Git git = repository(dir, "main.tf", BOX, "other.tf", OTHER)) {
            write(dir, "other.tf", OTHER + "# work in progress\n");

            ScanCommandTest.Run r = run("fix", "--git-branch", "finguard/fixes", dir.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("uncommitted changes (other.tf)"), r.err());
            assertEquals("", r.out());
            assertEquals(BOX, Files.readString(dir.resolve("main.tf")));
            assertEquals("main", git.getRepository().getBranch());
            assertNull(git.getRepository().exactRef("refs/heads/finguard/fixes"));
        }
    }

    @Test
    void gitBranchRefusesAnExistingBranchAndAPathOutsideARepository() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Git git = repository(dir, "main.tf", BOX)) {
            git.branchCreate().setName("taken").call();
            ScanCommandTest.Run taken = run("fix", "--git-branch", "taken", dir.toString());
            assertEquals(2, taken.code());
            assertTrue(taken.err().contains("branch taken already exists"), taken.err());
            ScanCommandTest.Run invalid = run("fix", "--git-branch", "no..dots", dir.toString());
            assertEquals(2, invalid.code());
            assertTrue(invalid.err().contains("not a valid branch name"), invalid.err());
            assertEquals(BOX, Files.readString(dir.resolve("main.tf")));
            assertEquals("main", git.getRepository().getBranch());
        }
        Path outside = tmp.resolve("outside");
        write(outside, "main.tf", BOX);
        ScanCommandTest.Run r = run("fix", "--git-branch", "x", outside.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not in a git repository"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
