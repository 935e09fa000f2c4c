package io.finguard.cli;

import io.finguard.cli.ScanCommandTest.Run;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.finguard.cli.ScanCommandTest.run;
import static io.finguard.cli.TerraformFiles.PROVIDER;
import static io.finguard.cli.TerraformFiles.logGroup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code finguard scan --changed-since REF} end to end, as a pull-request check runs it: a repository whose base
 * commit on {@code main} is clean and whose {@code feature} branch adds violations.
 */
class ChangedSinceCommandTest {

    @TempDir
    Path dir;

    private Git git;

    @BeforeEach
    void baseCommitIsClean() throws Exception {
        git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        write("providers.tf", PROVIDER);
        write("logs.tf", logGroup("app", 30));
        write("old.tf", logGroup("audit", 14));
        commit("clean base");
        git.checkout().setCreateBranch(true).setName("feature").call();
    }

    @AfterEach
    void close() {
        git.close();
    }

    private void write(String path, String content) throws IOException {
        TerraformFiles.write(dir, path, content);
    }

    private void commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().setUpdate(true).addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Test", "test@example.invalid");
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private Run scanSince(String ref) {
        return run("scan", "--changed-since", ref, "--format", "json", dir.toString());
    }

    private static List<String> located(Run r) throws IOException {
        return TerraformFiles.findings(r, "file");
    }

    @Test
    void onlyTheViolationsTheBranchAddsAreReported() throws Exception {
        write("logs.tf", logGroup("app", 90));
        write("new.tf", logGroup("payments", 365));
        commit("feature adds violations");
        // on main, after the branch point, someone adds a violation the feature branch is not to blame for
        git.checkout().setName("main").call();
        write("main-later.tf", logGroup("later", 400));
        commit("main moves on");
        git.checkout().setName("feature").call();
        write("untouched.tf", "");
        Run r = scanSince("main");
        assertEquals(1, r.code(), r.err());
        assertEquals(List.of("FG501 logs.tf", "FG501 new.tf"), located(r));
        assertEquals(2, r.json().at("/summary/files").asInt(), "only changed files are counted");
        assertEquals(0, scanSince("feature").code(), "nothing changed since HEAD itself");
    }

    @Test
    void uncommittedFilesCount() throws Exception {
        write("wip.tf", logGroup("wip", 90));
        Run r = scanSince("main");
        assertEquals(List.of("FG501 wip.tf"), located(r));
        assertEquals(1, r.code());
    }

    @Test
    void aDeletedFileGivesNoFindingAndNoError() throws Exception {
        Files.delete(dir.resolve("old.tf"));
        commit("drop the audit group");
        Run r = scanSince("main");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(0, r.json().get("errors").size());
        assertEquals(0, r.json().get("findings").size());
    }

    @Test
    void aRenamedFileCountsUnderItsNewPath() throws Exception {
        // in the same directory: a file in a subdirectory would be a root module of its own, without the provider
        Files.move(dir.resolve("old.tf"), dir.resolve("audit-logs.tf"));
        Files.writeString(dir.resolve("audit-logs.tf"), logGroup("audit", 400));
        commit("rename and loosen the audit group");
        assertEquals(List.of("FG501 audit-logs.tf"), located(scanSince("main")));
    }

    @Test
    void aBaselineAndChangedFilesWorkTogether() throws Exception {
        write("logs.tf", logGroup("app", 90));
        commit("a violation the team accepts");
        assertEquals(0, run("baseline", "create", dir.toString()).code());
        write("new.tf", logGroup("payments", 365));
        Run r = run("scan", "--changed-since", "main", "--baseline", dir.resolve(".finguard-baseline.json")
                .toString(), "--format", "json", dir.toString());
        assertEquals(List.of("FG501 new.tf"), located(r));
        assertEquals(1, r.json().at("/summary/baselined").asInt());
    }

    @Test
    void anUnknownRefExitsTwoNamingIt() {
        Run r = scanSince("origin/no-such-branch");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("unknown git reference \"origin/no-such-branch\""), r.err());
    }

    @Test
    void outsideAGitRepositoryExitsTwoSayingSo(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("main.tf"), logGroup("app", 90));
        Run r = run("scan", "--changed-since", "main", elsewhere.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains(elsewhere.toAbsolutePath() + " is not inside a git repository"), r.err());
    }
}
