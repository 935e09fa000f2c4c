package io.finguard.engine;

import io.finguard.api.Fix;
import io.finguard.api.Severity;

import java.util.List;
import java.util.Objects;

/**
 * A finding as reports show it (SPEC §6). {@code file} is relative to the scan root with {@code /} (null for a
 * plan without HCL), {@code line}/{@code endLine} span the offending attribute or the block header.
 *
 * A finding is one rule at one place (file, line, resource block): the instances of that block that break the rule
 * the same way (the same message) are listed in {@code instances}, and the other fields are the first instance's
 * (docs/decisions/075-one-finding-per-place.md).
 *
 * @param fingerprint what SARIF and the JSON report recognise the finding by: rule, file and resource block,
 *                    hashed; no line numbers, no message and none of its instances (see {@link FindingGroups}).
 *                    Before grouping, the single instance's fingerprint
 * @param suppression the suppression that applies, or null
 * @param fix         the rule's edits that fix it, or null
 * @param notFixableReason why {@code finguard fix} leaves it alone, when the rule said (else null)
 * @param instances   the instances it stands for, in scan order; at least one
 */
public record Finding(String ruleId, String rule, Severity severity, String resource, String resourceType,
                      String file, int line, int endLine, String message, boolean fixable, String fingerprint,
                      Suppression suppression, Fix fix, String notFixableReason,
                      List<FindingInstance> instances) {

    public Finding {
        instances = List.copyOf(instances);
    }

    /** A finding of one instance, {@code resource} itself, in no module and no known root (a result built by hand). */
    public Finding(String ruleId, String rule, Severity severity, String resource, String resourceType,
                   String file, int line, int endLine, String message, boolean fixable, String fingerprint,
                   Suppression suppression, Fix fix, String notFixableReason) {
        this(ruleId, rule, severity, resource, resourceType, file, line, endLine, message, fixable, fingerprint,
                suppression, fix, notFixableReason,
                List.of(new FindingInstance(resource, null, List.of(), fingerprint, resource)));
    }

    /** Why a finding is suppressed, as written in the {@code finguard:ignore} comment. */
    public record Suppression(String reason, String until, String file, int line) {
        // written out, as in BlockAt: FindingGroups keys places by it, and the generated ones link through method
        // handles at first call
        @Override
        public boolean equals(Object o) {
            return o instanceof Suppression s && line == s.line && Objects.equals(reason, s.reason)
                    && Objects.equals(until, s.until) && Objects.equals(file, s.file);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reason, until, file, line);
        }
    }

    public boolean suppressed() {
        return suppression != null;
    }

    /** This finding without its fix, and why {@code finguard fix} leaves it alone. */
    public Finding withoutFix(String reason) {
        return new Finding(ruleId, rule, severity, resource, resourceType, file, line, endLine, message, false,
                fingerprint, suppression, null, reason, instances);
    }

    /** This finding, suppressed by {@code s}. */
    public Finding withSuppression(Suppression s) {
        return new Finding(ruleId, rule, severity, resource, resourceType, file, line, endLine, message, fixable,
                fingerprint, s, fix, notFixableReason, instances);
    }
}
