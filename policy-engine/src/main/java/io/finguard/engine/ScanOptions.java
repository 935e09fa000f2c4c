package io.finguard.engine;

import java.util.Set;

/**
 * Command-line choices that shape a scan.
 *
 * @param onlyRules  {@code --rule} IDs (empty: every enabled rule)
 * @param skipRules  {@code --skip-rule} IDs
 * @param planMode   values come from a plan
 * @param strict     unverified resources become findings
 */
public record ScanOptions(Set<String> onlyRules, Set<String> skipRules, boolean planMode, boolean strict) {

    public static final ScanOptions DEFAULTS = new ScanOptions(Set.of(), Set.of(), false, false);
}
