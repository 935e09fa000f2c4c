package io.finguard.cli;

import io.finguard.engine.ScanRequest;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The paths a command will read, checked before any work: a missing path, plan or variables file is a usage
 * error (exit 2), not an empty result. Also decides the scan root that report paths are relative to: the
 * directory given when exactly one directory is given, else the current directory.
 */
record InputPaths(List<Path> paths, Path root) {

    static InputPaths check(ModelOptions options, PrintWriter err) {
        List<Path> missing = new ArrayList<>();
        for (Path p : options.paths()) {
            if (!Files.exists(p)) {
                missing.add(p);
            }
        }
        if (options.plan() != null && !Files.isRegularFile(options.plan())) {
            missing.add(options.plan());
        }
        for (Path p : options.varFiles()) {
            if (!Files.isRegularFile(p)) {
                missing.add(p);
            }
        }
        if (!missing.isEmpty()) {
            for (Path p : missing) {
                err.println("finguard: no such file or directory: " + p);
            }
            return null;
        }
        List<Path> paths = options.paths();
        if (paths.isEmpty() && options.plan() == null) {
            paths = List.of(Path.of("."));
        }
        return new InputPaths(paths, ScanRequest.defaultRoot(paths));
    }
}
