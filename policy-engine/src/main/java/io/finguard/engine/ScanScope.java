package io.finguard.engine;

import io.finguard.terraform.LoadError;
import io.finguard.terraform.Resource;
import io.finguard.terraform.ResourceMode;
import io.finguard.terraform.TerraformModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Narrows a result to the files the user named (SPEC §2): when PATH names files, their directories were loaded
 * for context, but only what is located in those files (or under a directory also named) is reported. This is
 * what pre-commit relies on: it passes the changed files and expects to hear about those alone.
 * <p>
 * {@code --changed-since} narrows the same way, to the files git reports as changed (see {@link ChangedFiles}).
 * <p>
 * Findings, suppressed findings, file errors, unverified resources, rule coverage and the counts are all narrowed
 * the same way; errors without a file (a failed rule, an unreadable plan) concern the whole run and are always kept.
 */
final class ScanScope {

    private final Path root;
    private final Set<Path> files;
    private final List<Path> directories;

    private ScanScope(Path root, Set<Path> files, List<Path> directories) {
        this.root = root;
        this.files = files;
        this.directories = directories;
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
        List<Finding> findings = result.findings().stream().filter(f -> contains(f.file())).toList();
        List<Finding> suppressed = result.suppressed().stream().filter(f -> contains(f.file())).toList();
        List<LoadError> errors = result.errors().stream().filter(e -> e.file() == null || contains(e.file()))
                .toList();
        List<Resource> resources = model.resources().stream()
                .filter(r -> r.location().isKnown() && contains(r.location().file())).toList();
        Set<String> addresses = resources.stream().map(Resource::address).collect(Collectors.toSet());
        List<String> unverified = result.unverified().stream().filter(addresses::contains).toList();
        int fileCount = (int) resources.stream().map(r -> r.location().file()).distinct().count();
        int managed = (int) resources.stream().filter(r -> r.mode() == ResourceMode.MANAGED).count();
        List<RuleCoverage> coverage = result.coverage().stream().map(c -> new RuleCoverage(c.ruleId(), c.rule(),
                c.resources().stream().filter(r -> contains(r.file())).toList())).toList();
        return new ScanResult(findings, suppressed, errors, fileCount, managed, unverified, result.threshold(),
                coverage, result.baselined());
    }

    /** Whether a report path (relative to the root, or absolute when outside it) is in scope. */
    private boolean contains(String reportPath) {
        if (reportPath == null) {
            return false;
        }
        Path p = root.resolve(reportPath).normalize();
        return files.contains(p) || directories.stream().anyMatch(p::startsWith);
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
