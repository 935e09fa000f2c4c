package io.finguard.fix;

import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code finguard fix --git-branch NAME}, through JGit (no git executable needed): from a clean work tree,
 * creates NAME at HEAD and checks it out, writes the fixed files, stages exactly those and commits them, so that
 * a bot can push the branch and open a pull request. The repository is left on the new branch.
 * <p>
 * Hooks are not run (neither {@code pre-commit} nor {@code post-commit}) and the commit is not signed: finguard
 * runs no code from the repository, and a bot has no key. The author and committer come from git's
 * configuration ({@code user.name}, {@code user.email}) as for {@code git commit}.
 */
public final class FixBranch implements AutoCloseable {

    private final Repository repository;
    private final Git git;

    private FixBranch(Repository repository) {
        this.repository = repository;
        this.git = new Git(repository);
    }

    /** The repository whose work tree holds {@code dir}. */
    public static FixBranch open(Path dir) throws FixBranchException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new FixBranchException("--git-branch: " + dir + " is not in a git repository");
        }
        try {
            Repository repository = builder.setMustExist(true).build();
            if (repository.isBare()) {
                repository.close();
                throw new FixBranchException("--git-branch: " + builder.getGitDir() + " is a bare repository");
            }
            // an in-memory setting only: no hook of this repository runs during our commit
            repository.getConfig().setString(ConfigConstants.CONFIG_CORE_SECTION, null,
                    ConfigConstants.CONFIG_KEY_HOOKS_PATH, repository.getDirectory().toPath()
                            .resolve("finguard-runs-no-hooks").toString());
            return new FixBranch(repository);
        } catch (IOException e) {
            throw new FixBranchException("--git-branch: cannot open the git repository at " + builder.getGitDir()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The top of the work tree. */
    public Path workTree() {
        return repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /**
     * Refuses, before any work, what would make the commit unsafe or impossible: an invalid or existing branch
     * name, a repository without a commit, uncommitted changes to tracked files (they would be mixed with the
     * fix, or lost). Untracked files do not matter: they are neither staged nor touched.
     */
    public void checkReady(String branch) throws FixBranchException {
        String ref = Constants.R_HEADS + branch;
        if (!Repository.isValidRefName(ref)) {
            throw new FixBranchException("--git-branch: \"" + branch + "\" is not a valid branch name");
        }
        try {
            if (repository.exactRef(ref) != null) {
                throw new FixBranchException("--git-branch: branch " + branch + " already exists");
            }
            if (repository.resolve(Constants.HEAD) == null) {
                throw new FixBranchException("--git-branch: the repository has no commit yet to branch from");
            }
            Status status = git.status().call();
            if (status.hasUncommittedChanges()) {
                TreeSet<String> dirty = new TreeSet<>(status.getUncommittedChanges());
                throw new FixBranchException("--git-branch: the work tree has uncommitted changes ("
                        + String.join(", ", dirty.stream().limit(5).toList())
                        + (dirty.size() > 5 ? ", …" : "") + "); commit or stash them first");
            }
        } catch (IOException | GitAPIException e) {
            throw new FixBranchException("--git-branch: cannot read the repository: " + e.getMessage(), e);
        }
    }

    /**
     * Every file to fix is tracked, so that staging it commits the fix and nothing else (an untracked file would
     * enter the commit whole).
     */
    public void checkTracked(List<FixResult.FileFix> files) throws FixBranchException {
        List<String> untracked = new ArrayList<>();
        try {
            DirCache index = repository.readDirCache();
            for (FixResult.FileFix f : files) {
                String path = repositoryPath(f.file());
                if (path == null || index.findEntry(path) < 0) {
                    untracked.add(f.path());
                }
            }
        } catch (IOException e) {
            throw new FixBranchException("--git-branch: cannot read the index: " + e.getMessage(), e);
        }
        if (!untracked.isEmpty()) {
            throw new FixBranchException("--git-branch: not tracked by git, so a commit would add them whole: "
                    + String.join(", ", untracked));
        }
    }

    /** A commit made on the new branch. */
    public record Commit(String branch, String id, FixedFiles.Outcome writes) {
    }

    /**
     * Creates {@code branch} at HEAD, checks it out, writes the files and commits those written with
     * {@code message}. When a file cannot be written nothing is committed; the branch stays checked out with the
     * files that were written, for the user to inspect.
     *
     * @return the commit; its id is null when nothing was committed
     */
    public Commit commit(String branch, List<FixResult.FileFix> files, String message) throws FixBranchException {
        try {
            git.checkout().setCreateBranch(true).setName(branch).call();
            FixedFiles.Outcome writes = FixedFiles.write(files);
            if (!writes.complete()) {
                return new Commit(branch, null, writes);
            }
            AddCommand add = git.add();
            for (FixResult.FileFix f : files) {
                add.addFilepattern(repositoryPath(f.file()));
            }
            add.call();
            RevCommit commit = git.commit().setMessage(message).setNoVerify(true).setSign(false).call();
            return new Commit(branch, abbreviate(commit), writes);
        } catch (GitAPIException e) {
            throw new FixBranchException("--git-branch: " + e.getMessage(), e);
        }
    }

    /** The commit message: a subject with the count, then one line per fix. */
    public static String message(FixResult result) {
        StringBuilder out = new StringBuilder("finguard fix: ").append(result.applied().size())
                .append(result.applied().size() == 1 ? " fix" : " fixes").append("\n\n");
        for (FixResult.AppliedFix a : result.applied()) {
            out.append(a.finding().ruleId()).append(' ').append(a.finding().resource()).append(" (")
                    .append(a.finding().file()).append("): ").append(a.description()).append('\n');
        }
        return out.toString();
    }

    private String abbreviate(ObjectId id) {
        return id.abbreviate(7).name();
    }

    /** {@code file} relative to the work tree with {@code /}, or null when it lies outside. */
    private String repositoryPath(Path file) {
        Path top = workTree();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(top) ? top.relativize(abs).toString().replace('\\', '/') : null;
    }

    @Override
    public void close() {
        git.close();
        repository.close();
    }
}
