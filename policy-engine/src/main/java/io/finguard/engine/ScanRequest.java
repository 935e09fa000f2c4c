package io.finguard.engine;

import io.finguard.api.Severity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to scan and how: the options of {@code finguard scan} as a value, so that the CLI, the Maven
 * plugin and the Action all describe a scan the same way. Build one with {@link #builder()}.
 *
 * @param paths     directories (searched recursively) and files; when files are named, only findings located in
 *                  them (or under a named directory) are reported
 * @param root      the scan root report paths are relative to
 * @param plan      a {@code terraform show -json} file, or null
 * @param varFiles  {@code --var-file} files
 * @param vars      {@code --var name=value} pairs
 * @param config    {@code --config} file, or null to look for {@code finguard.yml}
 * @param onlyRules {@code --rule} IDs (empty: every enabled rule)
 * @param skipRules {@code --skip-rule} IDs
 * @param threshold {@code --severity-threshold}, or null for the configured one
 * @param strict    unverified resources become findings, and unused suppressions fail the run
 * @param baseline  {@code --baseline} file: findings it lists are left out and counted, or null
 * @param changedSince {@code --changed-since} git revision: only files changed since its merge base with HEAD (and
 *                  uncommitted ones) are reported, or null
 */
public record ScanRequest(List<Path> paths, Path root, Path plan, List<Path> varFiles, Map<String, String> vars,
                          Path config, Set<String> onlyRules, Set<String> skipRules, Severity threshold,
                          boolean strict, Path baseline, String changedSince) {

    public ScanRequest {
        paths = List.copyOf(paths);
        varFiles = List.copyOf(varFiles);
        vars = Map.copyOf(vars);
        onlyRules = Set.copyOf(onlyRules);
        skipRules = Set.copyOf(skipRules);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The scan root when none is given: the directory named when exactly one directory is named, else the current
     * directory (what pre-commit and CI run from), absolute and normalised.
     */
    public static Path defaultRoot(List<Path> paths) {
        Path root = paths.size() == 1 && Files.isDirectory(paths.get(0)) ? paths.get(0) : Path.of("");
        return root.toAbsolutePath().normalize();
    }

    /**
     * Every path, plan and variables file exists: a missing one is a usage error (exit 2), not an empty result.
     * Checked before any work, by every command that reads Terraform.
     */
    public void checkInputs() throws ScanSetupException {
        List<Path> missing = new ArrayList<>();
        paths.stream().filter(p -> !Files.exists(p)).forEach(missing::add);
        if (plan != null && !Files.isRegularFile(plan)) {
            missing.add(plan);
        }
        varFiles.stream().filter(p -> !Files.isRegularFile(p)).forEach(missing::add);
        if (!missing.isEmpty()) {
            throw new ScanSetupException("no such file or directory: "
                    + String.join(", ", missing.stream().map(Path::toString).toList()));
        }
    }

    /** The paths that name files rather than directories. */
    public List<Path> namedFiles() {
        return paths.stream().filter(Files::isRegularFile).toList();
    }

    /** Collects options in any order; {@link #build()} fills in the documented defaults. */
    public static final class Builder {
        private final List<Path> paths = new ArrayList<>();
        private Path root;
        private Path plan;
        private final List<Path> varFiles = new ArrayList<>();
        private final Map<String, String> vars = new LinkedHashMap<>();
        private Path config;
        private final Set<String> onlyRules = new LinkedHashSet<>();
        private final Set<String> skipRules = new LinkedHashSet<>();
        private Severity threshold;
        private boolean strict;
        private Path baseline;
        private String changedSince;

        private Builder() {
        }

        public Builder paths(List<Path> value) {
            paths.addAll(value);
            return this;
        }

        public Builder path(Path value) {
            paths.add(value);
            return this;
        }

        public Builder root(Path value) {
            root = value;
            return this;
        }

        public Builder plan(Path value) {
            plan = value;
            return this;
        }

        public Builder varFiles(List<Path> value) {
            varFiles.addAll(value);
            return this;
        }

        public Builder vars(Map<String, String> value) {
            vars.putAll(value);
            return this;
        }

        public Builder config(Path value) {
            config = value;
            return this;
        }

        public Builder onlyRules(Set<String> value) {
            onlyRules.addAll(value);
            return this;
        }

        public Builder skipRules(Set<String> value) {
            skipRules.addAll(value);
            return this;
        }

        public Builder threshold(Severity value) {
            threshold = value;
            return this;
        }

        public Builder strict(boolean value) {
            strict = value;
            return this;
        }

        public Builder baseline(Path value) {
            baseline = value;
            return this;
        }

        public Builder changedSince(String value) {
            changedSince = value;
            return this;
        }

        /** No path and no plan means the current directory; no root means {@link #defaultRoot}. */
        public ScanRequest build() {
            List<Path> p = paths.isEmpty() && plan == null ? List.of(Path.of(".")) : paths;
            Path r = root != null ? root.toAbsolutePath().normalize() : defaultRoot(p);
            return new ScanRequest(p, r, plan, varFiles, vars, config, onlyRules, skipRules, threshold, strict,
                    baseline, changedSince);
        }
    }
}
