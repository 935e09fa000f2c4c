package io.finguard.terraform.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The root of the git repository a directory is in: the nearest directory at or above it containing {@code .git}
 * (a directory in a clone, a file in a worktree or submodule). Only the file system is consulted; git is not run.
 * The loader bounds what file functions may read by it; the engine bases report paths on it and stops looking for
 * {@code finguard.yml} there.
 */
public final class GitRoot {

    private GitRoot() {
    }

    public static boolean isRoot(Path dir) {
        return Files.exists(dir.resolve(".git"));
    }

    public static Optional<Path> enclosing(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (isRoot(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
