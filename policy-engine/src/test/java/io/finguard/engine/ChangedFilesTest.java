package io.finguard.engine;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --changed-since}: which files count as changed, in real repositories. */
class ChangedFilesTest {

    private final Path tmp;
    private final GitRepo repo;
    private final Workspace ws;

    ChangedFilesTest(@TempDir Path tmp) throws GitAPIException {
        this.tmp = tmp;
        this.repo = GitRepo.init(tmp);
        this.ws = new Workspace(tmp);
    }

    @AfterEach
    void close() {
        repo.close();
    }

    private static String bucket(String name) {
        return "resource \"aws_s3_bucket\" \"" + name + "\" {}\n";
    }

    /** The files of the FG901 findings a scan of {@code path} since {@code ref} reports. */
    private List<String> reported(Path path, String ref) throws ScanSetupException {
        ScanResult r = ws.scan(ScanRequest.builder().path(path).onlyRules(Set.of("FG901")).changedSince(ref));
        assertEquals(List.of(), r.errors());
        return r.findings().stream().map(Finding::file).toList();
    }

    @Test
    void filesChangedSinceTheMergeBaseAreReportedNotThoseMainChangedSince() throws Exception {
        ws.write("old.tf", bucket("old"));
        ws.write("edited.tf", bucket("edited"));
        ws.write("main-only.tf", bucket("main_only"));
        repo.commitAll("base");
        repo.branch("feature");
        ws.write("edited.tf", bucket("edited") + "# reviewed\n");
        ws.write("added.tf", bucket("added"));
        repo.commitAll("feature work");
        repo.checkout("main");
        ws.write("main-only.tf", bucket("main_only") + "# changed on main after the branch\n");
        repo.commitAll("main moves on");
        repo.checkout("feature");
        assertEquals(List.of("added.tf", "edited.tf"), reported(tmp, "main"));
    }

    @Test
    void aBranchATagAndAShaAreAllRevisions() throws Exception {
        ws.write("old.tf", bucket("old"));
        String base = repo.commitAll("base");
        repo.git.tag().setName("v1").setAnnotated(true).setMessage("release").call();
        ws.write("new.tf", bucket("new"));
        repo.commitAll("head");
        for (String ref : List.of("v1", base, base.substring(0, 10), "HEAD~1")) {
            assertEquals(List.of("new.tf"), reported(tmp, ref), ref);
        }
        assertEquals(List.of(), reported(tmp, "main"), "nothing changed since HEAD itself");
    }

    @Test
    void uncommittedWorkCountsButIgnoredFilesDoNot() throws Exception {
        ws.write(".gitignore", "scratch/\n");
        ws.write("committed.tf", bucket("committed"));
        ws.write("unstaged.tf", bucket("unstaged"));
        repo.commitAll("base");
        ws.write("unstaged.tf", bucket("unstaged") + "# edited\n");
        ws.write("staged.tf", bucket("staged"));
        repo.git.add().addFilepattern("staged.tf").call();
        ws.write("untracked.tf", bucket("untracked"));
        ws.write("scratch/ignored.tf", bucket("ignored"));
        assertEquals(List.of("staged.tf", "unstaged.tf", "untracked.tf"), reported(tmp, "HEAD"));
    }

    @Test
    void aDeletedFileGivesNothingAndARenamedOneCountsUnderItsNewPath() throws Exception {
        ws.write("gone.tf", bucket("gone"));
        ws.write("before.tf", bucket("moved") + "# a file long enough to be seen as renamed\n");
        ws.write("kept.tf", bucket("kept"));
        String base = repo.commitAll("base");
        Files.delete(tmp.resolve("gone.tf"));
        Files.createDirectories(tmp.resolve("renamed"));
        Files.move(tmp.resolve("before.tf"), tmp.resolve("renamed/after.tf"));
        repo.commitAll("delete and rename");
        assertEquals(List.of("renamed/after.tf"), reported(tmp, base));
    }

    @Test
    void pathsAreRelativeToAScanRootBelowTheRepositoryRoot() throws Exception {
        ws.write("envs/prod/main.tf", bucket("prod"));
        ws.write("envs/prod/other.tf", bucket("other"));
        ws.write("envs/dev/main.tf", bucket("dev"));
        String base = repo.commitAll("base");
        ws.write("envs/prod/main.tf", bucket("prod") + "# edited\n");
        ws.write("envs/dev/main.tf", bucket("dev") + "# edited\n");
        assertEquals(List.of("main.tf"), reported(tmp.resolve("envs/prod"), base));
    }

    @Test
    void modulesLoadWholeSoAChangedModuleFileKeepsItsCallersContext() throws Exception {
        ws.write("main.tf", "module \"store\" {\n  source = \"./store\"\n}\n");
        ws.write("store/main.tf", bucket("in_module"));
        String base = repo.commitAll("base");
        ws.write("store/main.tf", bucket("in_module") + "# edited\n");
        ScanResult r = ws.scan(ScanRequest.builder().path(tmp).onlyRules(Set.of("FG901")).changedSince(base));
        assertEquals(List.of("module.store.aws_s3_bucket.in_module"),
                r.findings().stream().map(Finding::resource).toList());
    }

    @Test
    void anUnknownRevisionIsASetupErrorNamingIt() throws Exception {
        ws.write("main.tf", bucket("b"));
        repo.commitAll("base");
        for (String ref : List.of("no-such-branch", "deadbeef00", "main..^")) {
            ScanSetupException e = assertThrows(ScanSetupException.class, () -> reported(tmp, ref));
            assertTrue(e.getMessage().contains("unknown git reference \"" + ref + "\""), e.getMessage());
        }
    }

    @Test
    void aRepositoryWithoutCommitsIsASetupError() {
        ws.write("main.tf", bucket("b"));
        ScanSetupException e = assertThrows(ScanSetupException.class, () -> reported(tmp, "main"));
        assertTrue(e.getMessage().contains("HEAD has no commit"), e.getMessage());
    }

    @Test
    void outsideAGitRepositoryItIsASetupErrorSayingSo(@TempDir Path bare) throws Exception {
        Files.writeString(bare.resolve("main.tf"), bucket("b"));
        ScanSetupException e = assertThrows(ScanSetupException.class,
                () -> ws.service.scan(ScanRequest.builder().path(bare).changedSince("main").build()));
        assertEquals("--changed-since: " + bare.toAbsolutePath().normalize() + " is not inside a git repository",
                e.getMessage());
    }
}
