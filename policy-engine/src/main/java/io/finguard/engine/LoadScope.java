package io.finguard.engine;

import io.finguard.terraform.load.CallerClosure;
import io.finguard.terraform.load.GitRoot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to load for a request. Directories are loaded as given. When PATH names files (pre-commit passes the
 * changed ones), their callers under the scan root are loaded for context as well, provided every path lies under
 * it and it is inside a git repository: a changed file in a local module is then evaluated through its callers,
 * with their inputs and provider {@code default_tags}, under the same address (and so the same fingerprint) as in a
 * full scan. Loaded alone, a module directory would be a root with unknown variables and no inherited tags, and
 * report what a full scan does not. Which directories those are is {@link CallerClosure}'s business: the named
 * files' directories and every directory that calls them, directly or not; the rest of the tree (the other root
 * modules) cannot change what is reported for the named files, and is not evaluated (decision 080). Outside a
 * repository (a file named from a home directory) only the files' directories are loaded, so that finguard never
 * walks an unbounded tree. {@link ScanScope} then narrows the result to the named files.
 * <p>
 * {@code --changed-since} (the Action on a pull request) takes the same path with the changed Terraform files when
 * the scan is of its root directory alone: the findings in those files are the same, and the roots that call none
 * of them are not loaded (decision 080). Other scans with it (several paths, a plan) load what they name, as before.
 */
final class LoadScope {

    private LoadScope() {
    }

    /**
     * @param changed what {@code --changed-since} lets through (absolute), or null without it
     * @param exclude {@code exclude-paths}: a caller there is not loaded, as in a whole-tree scan
     * @param overlay texts that replace files on disk ({@code finguard fix}'s check of its fixes)
     */
    static List<Path> paths(ScanRequest request, Set<Path> changed, List<String> exclude, Map<Path, String> overlay) {
        Path root = request.root();
        if (changed != null && request.plan() == null && request.paths().size() == 1
                && request.paths().get(0).toAbsolutePath().normalize().equals(root)) {
            List<Path> closure = new CallerClosure(root, exclude, overlay).filesForChanged(changed);
            // no Terraform changed: the whole tree, narrowed to nothing, as before (a rare pull request)
            return closure.isEmpty() ? request.paths() : closure;
        }
        List<Path> files = request.namedFiles();
        boolean underRoot = request.paths().stream().allMatch(p -> p.toAbsolutePath().normalize().startsWith(root));
        if (files.isEmpty() || !underRoot || GitRoot.enclosing(root).isEmpty()) {
            return request.paths();
        }
        List<Path> out = new ArrayList<>(new CallerClosure(root, exclude, overlay).files(request.paths()));
        out.addAll(request.paths()); // a named file under an excluded directory is still loaded: it was asked for
        return out;
    }
}
