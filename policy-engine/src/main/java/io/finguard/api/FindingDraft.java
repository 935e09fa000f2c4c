package io.finguard.api;

import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;

/**
 * What a rule reports; the engine adds rule, severity, fingerprint and suppression state.
 *
 * @param resource         the offending resource
 * @param location         the offending attribute when it exists, else the block header (see
 *                         {@link RuleContext#locate}); {@link Location#NONE} in a plan without HCL
 * @param message          one sentence a reviewer understands, with the values involved
 * @param fixable          whether {@code finguard fix} can fix it safely
 * @param notFixableReason why not, when it cannot and a fix would be expected (else null)
 * @param fix              the edits that fix it; null when not fixable. Transitional: while rules still say
 *                         {@code fixable} without building their edits, {@code fixable} may be true with a null fix;
 *                         once every built-in rule builds its fix, {@code fixable} becomes {@code fix != null}
 */
public record FindingDraft(Resource resource, Location location, String message, boolean fixable,
                           String notFixableReason, Fix fix) {

    /** Transitional, see {@code fix}. */
    public FindingDraft(Resource resource, Location location, String message, boolean fixable,
                        String notFixableReason) {
        this(resource, location, message, fixable, notFixableReason, null);
    }

    public static FindingDraft of(Resource resource, Location location, String message) {
        return new FindingDraft(resource, location, message, false, null, null);
    }

    public static FindingDraft fixable(Resource resource, Location location, String message, Fix fix) {
        return new FindingDraft(resource, location, message, true, null, fix);
    }

    public static FindingDraft notFixable(Resource resource, Location location, String message, String reason) {
        return new FindingDraft(resource, location, message, false, reason, null);
    }
}
