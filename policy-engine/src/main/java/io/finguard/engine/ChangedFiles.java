package io.finguard.engine;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files {@code scan --changed-since REF} reports on: those that differ between the merge base of REF and HEAD
 * (what a pull request changes, however far its base branch has moved on) and HEAD, plus what is not committed yet
 * — staged, unstaged, and untracked files git does not ignore — so that a run before committing sees the work in
 * progress too.
 * <p>
 * Read in-process with JGit: no git executable is needed and no hook runs. A file deleted since the base is
 * left out (there is nothing to report in it); a renamed file is in under its new path, as a file that appeared
 * there. Paths are returned absolute in the frame of the scan root as given (symbolic links resolved only to
 * relate the repository to it), so that they compare with the root-relative paths findings carry even when the
 * scan root is a subdirectory of the repository.
 */
final class ChangedFiles {

    private static final String OPTION = "--changed-since";

    private ChangedFiles() {
    }

    /**
     * @param root the scan root; the repository is the one it is in
     * @param ref  a branch, tag, commit SHA or any revision git understands ({@code origin/main}, {@code HEAD~3})
     * @throws ScanSetupException the root is not in a git repository, REF is unknown, HEAD has no commit, REF and
     *                            HEAD share no history, or the repository cannot be read
     */
    static Set<Path> since(Path root, String ref) throws ScanSetupException {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true)
                .findGitDir(absoluteRoot.toFile());
        if (builder.getGitDir() == null) {
            throw new ScanSetupException(OPTION + ": " + absoluteRoot + " is not inside a git repository");
        }
        try (Repository repository = builder.build()) {
            if (repository.isBare()) {
                throw new ScanSetupException(OPTION + ": " + repository.getDirectory() + " is a bare repository");
            }
            ObjectId head = repository.resolve("HEAD^{commit}");
            if (head == null) {
                throw new ScanSetupException(OPTION + ": HEAD has no commit yet in " + repository.getWorkTree());
            }
            ObjectId base = mergeBase(repository, resolve(repository, ref), head, ref);
            Set<String> paths = new TreeSet<>(committed(repository, base, head));
            paths.addAll(uncommitted(repository));
            Path workTree = repository.getWorkTree().toPath().toRealPath();
            Path realRoot = absoluteRoot.toRealPath();
            Set<Path> out = new HashSet<>();
            for (String p : paths) {
                out.add(absoluteRoot.resolve(realRoot.relativize(workTree.resolve(p))).normalize());
            }
            return out;
        } catch (IOException | GitAPIException e) {
            throw new ScanSetupException(OPTION + ": cannot read the git repository of " + absoluteRoot + ": "
                    + e.getMessage());
        }
    }

    private static ObjectId resolve(Repository repository, String ref) throws ScanSetupException {
        ObjectId id;
        try {
            id = repository.resolve(ref + "^{commit}");
        } catch (IOException | RevisionSyntaxException e) {
            // an ambiguous abbreviation, a tag of a tree, a malformed expression: to the user, REF does not work
            id = null;
        }
        if (id == null) {
            throw new ScanSetupException(OPTION + ": unknown git reference \"" + ref
                    + "\": not a branch, tag or commit of " + repository.getWorkTree());
        }
        return id;
    }

    private static ObjectId mergeBase(Repository repository, ObjectId target, ObjectId head, String ref)
            throws IOException, ScanSetupException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(target));
            walk.markStart(walk.parseCommit(head));
            RevCommit base = walk.next();
            if (base == null) {
                throw new ScanSetupException(OPTION + ": \"" + ref + "\" and HEAD have no common ancestor "
                        + "(in a shallow clone, fetch the history back to where they meet)");
            }
            return base.getId();
        }
    }

    /** Paths that exist in HEAD and differ from the base: added, modified, or renamed to. */
    private static Set<String> committed(Repository repository, ObjectId base, ObjectId head) throws IOException {
        Set<String> out = new HashSet<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(base).getTree());
            tree.addTree(walk.parseCommit(head).getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            while (tree.next()) {
                if (tree.getFileMode(1) != FileMode.MISSING) {
                    out.add(tree.getPathString());
                }
            }
        }
        return out;
    }

    /** Staged, unstaged and untracked-but-not-ignored paths that still exist. */
    private static Set<String> uncommitted(Repository repository) throws GitAPIException {
        Status status;
        try (Git git = new Git(repository)) {
            status = git.status().call();
        }
        Set<String> out = new HashSet<>();
        out.addAll(status.getAdded());
        out.addAll(status.getChanged());
        out.addAll(status.getModified());
        out.addAll(status.getUntracked());
        out.addAll(status.getConflicting());
        return out;
    }
}
