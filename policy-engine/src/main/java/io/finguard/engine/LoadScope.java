package io.finguard.engine;

import io.finguard.terraform.load.GitRoot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What to load for a request. Directories are loaded as given. When PATH names files (pre-commit passes the
 * changed ones), the whole scan root is loaded for context as well, provided every path lies under it and it is
 * inside a git repository: a changed file in a local module is then evaluated through its callers, with their
 * inputs and provider {@code default_tags}, under the same address (and so the same fingerprint) as in a full
 * scan. Loaded alone, a module directory would be a root with unknown variables and no inherited tags, and report
 * what a full scan does not. Outside a repository (a file named from a home directory) only the files'
 * directories are loaded, so that finguard never walks an unbounded tree. {@link ScanScope} then narrows the
 * result to the named files.
 */
final class LoadScope {

    private LoadScope() {
    }

    static List<Path> paths(ScanRequest request) {
        List<Path> files = request.namedFiles();
        Path root = request.root();
        boolean underRoot = request.paths().stream().allMatch(p -> p.toAbsolutePath().normalize().startsWith(root));
        if (files.isEmpty() || !underRoot || GitRoot.enclosing(root).isEmpty()) {
            return request.paths();
        }
        List<Path> out = new ArrayList<>();
        out.add(root);
        out.addAll(request.paths()); // a named file under an excluded directory is still loaded: it was asked for
        return out;
    }
}
