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
 * @param notFixableReason why not, when {@code fixable} is false and a fix would be expected (else null)
 */
public record FindingDraft(Resource resource, Location location, String message, boolean fixable,
                           String notFixableReason) {

    public static FindingDraft of(Resource resource, Location location, String message) {
        return new FindingDraft(resource, location, message, false, null);
    }
}
