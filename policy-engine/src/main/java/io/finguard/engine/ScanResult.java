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
 */
public record ScanResult(List<Finding> findings, List<Finding> suppressed, List<LoadError> errors, int files,
                         int resources, List<String> unverified, Severity threshold, List<RuleCoverage> coverage,
                         int baselined, List<UnusedSuppression> unusedSuppressions) {

    /** A result before suppressions and any baseline were applied. */
    public ScanResult(List<Finding> findings, List<Finding> suppressed, List<LoadError> errors, int files,
                      int resources, List<String> unverified, Severity threshold, List<RuleCoverage> coverage) {
        this(findings, suppressed, errors, files, resources, unverified, threshold, coverage, 0, List.of());
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
     * True when the run should exit 1: a finding at or above the threshold, an error, or an unused suppression
     * under {@code --strict}.
     */
    public boolean failed() {
        return !errors.isEmpty() || unusedSuppressions.stream().anyMatch(UnusedSuppression::fails)
                || findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
