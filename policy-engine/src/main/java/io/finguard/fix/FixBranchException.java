package io.finguard.fix;

/**
 * {@code --git-branch} cannot be carried out as asked: not in a repository, a dirty work tree, an existing or
 * invalid branch name, an untracked file to fix. Nothing has been written. The CLI turns it into exit code 2.
 */
public final class FixBranchException extends Exception {

    public FixBranchException(String message) {
        super(message);
    }

    public FixBranchException(String message, Throwable cause) {
        super(message, cause);
    }
}
