package io.finguard.engine;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

import java.nio.file.Path;

/** A real git repository in a temporary directory, driven with JGit the way a developer drives git. */
final class GitRepo implements AutoCloseable {

    private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.invalid");

    final Git git;

    private GitRepo(Git git) {
        this.git = git;
    }

    static GitRepo init(Path dir) throws GitAPIException {
        return new GitRepo(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    /** {@code git add -A && git commit -m message}; returns the commit's SHA. */
    String commitAll(String message) throws GitAPIException {
        stageAll();
        return git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call()
                .getName();
    }

    /** {@code git add -A}: new, changed and deleted files. */
    void stageAll() throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().setUpdate(true).addFilepattern(".").call();
    }

    /** {@code git checkout -b name}. */
    void branch(String name) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(name).call();
    }

    void checkout(String name) throws GitAPIException {
        git.checkout().setName(name).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
