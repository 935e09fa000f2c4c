package io.finguard.engine;

import io.finguard.api.Severity;
import io.finguard.terraform.LoadError;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report renders: findings (unsuppressed, sorted by file and line), suppressed findings, errors
 * (files that could not be read or parsed, expired suppressions, rules that failed) and the counts.
 *
 * @param files       Terraform files read
 * @param resources   managed resources checked
 * @param unverified  addresses of the resources some rule could not check because a value was unknown
 * @param coverage    per rule that ran, sorted by rule ID, the resources it checked (see {@link RuleCoverage})
 * @param baselined   findings left out because {@code --baseline} lists their fingerprint (0 without a baseline)
 * @param unusedSuppressions suppression comments that matched no finding, by file and line
 * @param notLoaded   remote module calls whose code is not installed, so nothing in them was checked
 */
public record ScanResult(List<Finding> findings, List<Finding> suppressed, List<LoadError> errors, int files,
                         int resources, List<String> unverified, Severity threshold, List<RuleCoverage> coverage,
                         int baselined, List<UnusedSuppression> unusedSuppressions,
                         List<ModuleNotLoaded> notLoaded) {

    /** A result before suppressions and any baseline were applied. */
    public ScanResult(List<Finding> findings, List<Finding> suppressed, List<LoadError> errors, int files,
                      int resources, List<String> unverified, Severity threshold, List<RuleCoverage> coverage) {
        this(findings, suppressed, errors, files, resources, unverified, threshold, coverage, 0, List.of(),
                List.of());
    }

    public Map<Severity, Integer> bySeverity() {
        Map<Severity, Integer> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, 0);
        }
        for (Finding f : findings) {
            out.merge(f.severity(), 1, Integer::sum);
        }
        return out;
    }

    /**
     * True when the run should exit 1: a finding at or above the threshold, an error that fails a run (see
     * {@link #failingErrors}), or an unused suppression of a strict scan.
     */
    public boolean failed() {
        return failed(false);
    }

    /**
     * {@link #failed()}, where {@code strict} also fails on values that could not be evaluated, on suppression
     * comments that matched nothing (which a strict scan's result already marks as failing) and on module calls
     * that were not loaded.
     */
    public boolean failed(boolean strict) {
        return !failingErrors(strict).isEmpty() || unusedSuppressions.stream().anyMatch(u -> strict || u.fails())
                || strict && !notLoaded.isEmpty()
                || findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    /** This run's errors that fail it ({@link LoadError#failing}). */
    public List<LoadError> failingErrors(boolean strict) {
        return LoadError.failing(errors, strict);
    }
}
