package io.finguard.terraform.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the directories that hold {@code .tf} files under the requested paths. Terraform's own working directories
 * ({@code .terraform/}) and {@code .git/} are never entered; {@code exclude-paths} globs are matched against the
 * path relative to the scan root.
 */
final class ModuleDirectories {

    /** Directories found (absolute, normalised, sorted) and the files that were named explicitly. */
    record Found(List<Path> directories, Set<Path> explicitFiles, List<Path> missing) {
    }

    private final Path root;
    private final List<PathMatcher> excludes = new ArrayList<>();

    ModuleDirectories(Path root, List<String> excludeGlobs) {
        this.root = root;
        for (String glob : excludeGlobs) {
            excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            // People write "**/examples/**" and expect it to cover a top-level examples/ too, as .gitignore would.
            if (glob.startsWith("**/")) {
                excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        }
    }

    Found find(List<Path> paths) {
        Set<Path> dirs = new TreeSet<>();
        Set<Path> files = new LinkedHashSet<>();
        List<Path> missing = new ArrayList<>();
        for (Path given : paths) {
            Path p = given.toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                walk(p, dirs);
            } else if (Files.isRegularFile(p)) {
                files.add(p);
                dirs.add(p.getParent());
            } else {
                missing.add(given);
            }
        }
        return new Found(new ArrayList<>(dirs), files, missing);
    }

    private void walk(Path start, Set<Path> dirs) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(start) && (name.equals(".terraform") || name.equals(".git"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return isExcluded(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".tf") && !isExcluded(file)) {
                        dirs.add(file.getParent());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // An unreadable entry is reported when its module is parsed (if it is a .tf file); skip it here.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isExcluded(Path absolute) {
        if (excludes.isEmpty() || !absolute.startsWith(root)) {
            return false;
        }
        Path rel = root.relativize(absolute);
        if (rel.toString().isEmpty()) {
            return false;
        }
        // A directory is excluded when the glob matches it or anything inside it ("examples/**").
        Path inside = rel.resolve("_");
        for (PathMatcher m : excludes) {
            if (m.matches(rel) || m.matches(inside)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code .tf} files of one directory, sorted by name as Terraform reads them. */
    static List<Path> terraformFiles(Path dir) throws IOException {
        try (var stream = Files.list(dir)) {
            return stream.filter(f -> f.getFileName().toString().endsWith(".tf") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        }
    }
}
