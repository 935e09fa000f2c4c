package io.finguard.engine;

import io.finguard.terraform.LoadError;
import io.finguard.terraform.Resource;
import io.finguard.terraform.ResourceMode;
import io.finguard.terraform.TerraformModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Narrows a result to the files the user named: when PATH names files, their directories were loaded
 * for context, but only what is located in those files (or under a directory also named) is reported. This is
 * what pre-commit relies on: it passes the changed files and expects to hear about those alone.
 * <p>
 * A named {@code .tfvars} file holds no resource: what it changes shows up in the root module of its directory,
 * whose values it sets. So it stands for that root module: every finding on a resource evaluated from that root
 * (in the root's own files and in the local modules it calls) is reported, as well as anything located in the
 * file itself (a syntax error). Only what a full scan reports for that root, so a file that Terraform does not
 * load by itself ({@code prod.tfvars}, given with {@code -var-file}) is not applied either.
 * <p>
 * {@code --changed-since} narrows the same way, to the files git reports as changed (see {@link ChangedFiles}).
 * <p>
 * Findings, suppressed findings, file errors, unused suppressions, unverified resources, rule coverage and the
 * counts are all narrowed the same way; errors without a file (a failed rule, an unreadable plan) concern the whole run and are always kept.
 */
final class ScanScope {

    private final Path root;
    private final Set<Path> files;
    private final List<Path> directories;
    /** Root modules (report paths, as {@link Resource#rootModule()} has them) that named {@code .tfvars} set. */
    private final Set<String> rootModules;

    private ScanScope(Path root, Set<Path> files, List<Path> directories) {
        this.root = root;
        this.files = files;
        this.directories = directories;
        this.rootModules = files.stream().filter(f -> f.getFileName().toString().endsWith(".tfvars"))
                .map(f -> reportPath(root, f.getParent())).collect(Collectors.toSet());
    }

    /** Narrows {@code result} when {@code request} names files; returns it unchanged otherwise. */
    static ScanResult restrict(ScanResult result, TerraformModel model, ScanRequest request) {
        List<Path> named = request.paths();
        ScanScope scope = new ScanScope(request.root(),
                named.stream().filter(Files::isRegularFile).map(ScanScope::absolute).collect(Collectors.toSet()),
                named.stream().filter(Files::isDirectory).map(ScanScope::absolute).toList());
        return scope.files.isEmpty() ? result : scope.apply(result, model);
    }

    /**
     * Narrows {@code result} to {@code files} (absolute), whether or not they exist: a deleted file simply matches
     * nothing.
     */
    static ScanResult restrictTo(ScanResult result, TerraformModel model, Path root, Set<Path> files) {
        return new ScanScope(root, Set.copyOf(files), List.of()).apply(result, model);
    }

    private ScanResult apply(ScanResult result, TerraformModel model) {
        Map<String, List<Resource>> fromNamedRoots = model.resources().stream()
                .filter(r -> rootModules.contains(r.rootModule()))
                .collect(Collectors.groupingBy(Resource::address));
        int maxRank = result.findings().size() + result.suppressed().size();
        Predicate<Finding> inScope = f -> contains(f.file()) || fromNamedRoots.getOrDefault(f.resource(), List.of())
                .stream().anyMatch(r -> Fingerprints.identifies(f.fingerprint(), f.ruleId(), r, maxRank));
        List<Finding> findings = result.findings().stream().filter(inScope).toList();
        List<Finding> suppressed = result.suppressed().stream().filter(inScope).toList();
        List<LoadError> errors = result.errors().stream().filter(e -> e.file() == null || contains(e.file()))
                .toList();
        List<Resource> resources = model.resources().stream().filter(r -> r.location().isKnown()
                && (contains(r.location().file()) || rootModules.contains(r.rootModule()))).toList();
        Set<String> addresses = resources.stream().map(Resource::address).collect(Collectors.toSet());
        List<String> unverified = result.unverified().stream().filter(addresses::contains).toList();
        int fileCount = (int) resources.stream().map(r -> r.location().file()).distinct().count();
        int managed = (int) resources.stream().filter(r -> r.mode() == ResourceMode.MANAGED).count();
        // a checked resource names no root module; address and file single it out but for one module file called
        // from two roots under the same name, where a named root's check counts for both (JUnit lists it twice)
        Set<String> checked = resources.stream().map(r -> r.address() + "\n" + r.location().file())
                .collect(Collectors.toSet());
        List<RuleCoverage> coverage = result.coverage().stream().map(c -> new RuleCoverage(c.ruleId(), c.rule(),
                c.resources().stream().filter(r -> contains(r.file()) || checked.contains(r.resource() + "\n"
                        + r.file())).toList())).toList();
        List<UnusedSuppression> unused = result.unusedSuppressions().stream().filter(u -> contains(u.file())).toList();
        return new ScanResult(findings, suppressed, errors, fileCount, managed, unverified, result.threshold(),
                coverage, result.baselined(), unused, result.notLoaded());
    }

    /** Whether a report path (relative to the root, or absolute when outside it) is in scope. */
    private boolean contains(String reportPath) {
        if (reportPath == null) {
            return false;
        }
        Path p = root.resolve(reportPath).normalize();
        return files.contains(p) || directories.stream().anyMatch(p::startsWith);
    }

    /** A directory as the loader reports it: relative to the root with {@code /}, {@code .} for the root itself. */
    private static String reportPath(Path root, Path dir) {
        Path rel = dir.startsWith(root) ? root.relativize(dir) : dir;
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
