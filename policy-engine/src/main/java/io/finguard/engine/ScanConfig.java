package io.finguard.engine;

import io.finguard.api.Severity;

import java.util.List;
import java.util.Map;

/**
 * The effective configuration of a scan (SPEC §4), after {@code finguard.yml} and command-line options.
 *
 * @param severityThreshold findings below it do not fail the run
 * @param excludePaths      globs relative to the scan root
 * @param rules             per rule ID
 * @param source            the config file it came from, or null for built-in defaults
 */
public record ScanConfig(Severity severityThreshold, List<String> excludePaths, Map<String, RuleSettings> rules,
                         String source) {

    public static final ScanConfig DEFAULTS = new ScanConfig(Severity.LOW, List.of(), Map.of(), null);

    /** The same configuration with another threshold ({@code --severity-threshold}). */
    public ScanConfig withThreshold(Severity threshold) {
        return new ScanConfig(threshold, excludePaths, rules, source);
    }

    public RuleSettings rule(String id) {
        return rules.getOrDefault(id, RuleSettings.DEFAULT);
    }
}
