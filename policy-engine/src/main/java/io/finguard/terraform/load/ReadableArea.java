package io.finguard.terraform.load;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where file functions may read: the git repository that holds the scan root, so that {@code envs/prod} calling
 * {@code ../../modules/compute} reads that module's templates; outside a repository, the scan root. Anything
 * else (a symbolic link out, an absolute path elsewhere) is never read during a scan.
 */
final class ReadableArea {

    private ReadableArea() {
    }

    static Path of(Path scanRoot) {
        for (Path d = scanRoot.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return scanRoot.toAbsolutePath().normalize();
    }
}
