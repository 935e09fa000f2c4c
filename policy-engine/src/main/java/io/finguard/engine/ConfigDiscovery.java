package io.finguard.engine;

import io.finguard.terraform.load.GitRoot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the {@code finguard.yml} a scan uses when no {@code --config} is given: in the directory of the
 * scanned paths or its parents, stopping at the git root (a directory containing {@code .git}, a directory in a
 * clone and a file in a worktree), so that a repository never picks up a config from outside itself. Outside any
 * git repository the search goes up to the filesystem root, as editors look for {@code .editorconfig}.
 */
public final class ConfigDiscovery {

    public static final String FILE_NAME = "finguard.yml";

    private ConfigDiscovery() {
    }

    /** The config file for a scan of {@code paths}, searching from their deepest common directory. */
    public static Optional<Path> find(List<Path> paths, Path root) {
        return findFrom(startDirectory(paths, root));
    }

    /** The nearest {@code finguard.yml} at or above {@code dir}, not above the git root. */
    public static Optional<Path> findFrom(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path candidate = d.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (GitRoot.isRoot(d)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The deepest directory holding every path (a file stands for its directory); {@code root} when there is no
     * path (a plan alone). Pre-commit passes files from several directories: their common directory is where a
     * config that covers all of them lives.
     */
    static Path startDirectory(List<Path> paths, Path root) {
        Path common = null;
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            Path dir = Files.isDirectory(abs) || abs.getParent() == null ? abs : abs.getParent();
            common = common == null ? dir : commonAncestor(common, dir);
        }
        return common == null ? root.toAbsolutePath().normalize() : common;
    }

    private static Path commonAncestor(Path a, Path b) {
        Path c = a;
        while (c != null && !b.startsWith(c)) {
            c = c.getParent();
        }
        return c == null ? a.getRoot() : c;
    }
}
