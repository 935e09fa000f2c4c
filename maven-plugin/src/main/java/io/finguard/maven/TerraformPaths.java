package io.finguard.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Terraform one Maven module checks: its directory, less the directories that other modules of the build (or
 * the build's own output) hold. In a multi-module build the parent's directory contains its children's; without
 * this the parent would report every child's findings before the children ran, and each of them again after.
 *
 * @param root          the scan root, absolute: findings' files are relative to it
 * @param paths         what to scan: {@code [root]} when nothing under it is left out, else the entries of
 *                      {@code root} around the left-out directories (files named this way narrow the report to
 *                      them, which is the point)
 * @param hasTerraform  whether any of {@code paths} holds a {@code .tf} file
 */
record TerraformPaths(Path root, List<Path> paths, boolean hasTerraform) {

    TerraformPaths {
        paths = List.copyOf(paths);
    }

    /**
     * @param directory the directory to check
     * @param others    directories that someone else checks (child modules, the build directory); only those
     *                  strictly under {@code directory} that hold Terraform change anything
     */
    static TerraformPaths find(Path directory, Collection<Path> others) {
        Path root = directory.toAbsolutePath().normalize();
        List<Path> leftOut = others.stream()
                .map(p -> p.toAbsolutePath().normalize())
                .filter(p -> p.startsWith(root) && !p.equals(root))
                .distinct()
                .filter(TerraformPaths::holdsTerraform)
                .toList();
        if (leftOut.isEmpty()) {
            return new TerraformPaths(root, List.of(root), holdsTerraform(root));
        }
        List<Path> paths = new ArrayList<>();
        collect(root, leftOut, paths);
        return new TerraformPaths(root, paths, paths.stream().anyMatch(TerraformPaths::holdsTerraform));
    }

    /** The entries of {@code dir} to scan: whole directories where possible, opened up around left-out ones. */
    private static void collect(Path dir, List<Path> leftOut, List<Path> out) {
        for (Path entry : list(dir)) {
            if (leftOut.contains(entry) || isSkipped(entry)) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                if (leftOut.stream().anyMatch(p -> p.startsWith(entry))) {
                    collect(entry, leftOut, out);
                } else {
                    out.add(entry);
                }
            } else if (isTerraformFile(entry)) {
                out.add(entry);
            }
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code .tf} file, or a directory with one somewhere below it (outside the directories the loader skips). */
    static boolean holdsTerraform(Path path) {
        if (!Files.isDirectory(path)) {
            return isTerraformFile(path);
        }
        boolean[] found = {false};
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(path) && isSkipped(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    found[0] = attrs.isRegularFile() && isTerraformFile(file);
                    return found[0] ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // the loader reports an unreadable .tf file with its name; here it only must not stop the search
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found[0];
    }

    private static boolean isTerraformFile(Path path) {
        return path.getFileName().toString().endsWith(".tf") && Files.isRegularFile(path);
    }

    /** Terraform's working directory and git's: the loader never enters them either. */
    private static boolean isSkipped(Path dir) {
        String name = dir.getFileName().toString();
        return Files.isDirectory(dir) && (name.equals(".terraform") || name.equals(".git"));
    }
}
