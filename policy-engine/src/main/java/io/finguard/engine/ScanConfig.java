package io.finguard.engine;

import io.finguard.api.Severity;
import io.finguard.engine.custom.CustomRuleDefinition;

import java.util.List;
import java.util.Map;

/**
 * The effective configuration of a scan, after {@code finguard.yml} and command-line options.
 *
 * @param severityThreshold findings below it do not fail the run
 * @param excludePaths      globs relative to the scan root
 * @param rules             per rule ID
 * @param source            the config file it came from, or null for built-in defaults
 * @param customRules       the {@code custom-rules:} definitions, in file order
 */
public record ScanConfig(Severity severityThreshold, List<String> excludePaths, Map<String, RuleSettings> rules,
                         String source, List<CustomRuleDefinition> customRules) {

    public static final ScanConfig DEFAULTS = new ScanConfig(Severity.LOW, List.of(), Map.of(), null, List.of());

    public ScanConfig {
        customRules = List.copyOf(customRules);
    }

    /** A configuration without custom rules. */
    public ScanConfig(Severity severityThreshold, List<String> excludePaths, Map<String, RuleSettings> rules,
                      String source) {
        this(severityThreshold, excludePaths, rules, source, List.of());
    }

    /** The same configuration with another threshold ({@code --severity-threshold}). */
    public ScanConfig withThreshold(Severity threshold) {
        return new ScanConfig(threshold, excludePaths, rules, source, customRules);
    }

    public RuleSettings rule(String id) {
        return rules.getOrDefault(id, RuleSettings.DEFAULT);
    }
}
