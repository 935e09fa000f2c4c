package io.finguard.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The usage error of a command given paths that do not exist: checked before any work. */
final class MissingPaths {
    private MissingPaths() {
    }

    /** Prints the missing paths, if any, and says whether there were any. */
    static boolean report(List<Path> paths, PrintWriter err) {
        List<Path> missing = paths.stream().filter(p -> !Files.exists(p)).toList();
        if (missing.isEmpty()) {
            return false;
        }
        err.println("finguard: no such file or directory: " + String.join(", ",
                missing.stream().map(Path::toString).toList()));
        return true;
    }
}
