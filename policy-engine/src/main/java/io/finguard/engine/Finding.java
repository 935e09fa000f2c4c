package io.finguard.engine;

import io.finguard.api.Fix;
import io.finguard.api.Severity;

/**
 * A finding as reports show it (SPEC §6). {@code file} is relative to the scan root with {@code /} (null for a
 * plan without HCL), {@code line}/{@code endLine} span the offending attribute or the block header.
 *
 * @param fingerprint what baselines and SARIF recognise the finding by: rule, root module and resource address,
 *                    hashed; no line numbers and no message (see {@link Fingerprints})
 * @param suppression the suppression that applies, or null
 * @param fix         the rule's edits that fix it, or null
 * @param notFixableReason why {@code finguard fix} leaves it alone, when the rule said (else null)
 */
public record Finding(String ruleId, String rule, Severity severity, String resource, String resourceType,
                      String file, int line, int endLine, String message, boolean fixable, String fingerprint,
                      Suppression suppression, Fix fix, String notFixableReason) {

    /** Why a finding is suppressed, as written in the {@code finguard:ignore} comment. */
    public record Suppression(String reason, String until, String file, int line) {
    }

    public boolean suppressed() {
        return suppression != null;
    }

    /** This finding, suppressed by {@code s}. */
    public Finding withSuppression(Suppression s) {
        return new Finding(ruleId, rule, severity, resource, resourceType, file, line, endLine, message, fixable,
                fingerprint, s, fix, notFixableReason);
    }
}
