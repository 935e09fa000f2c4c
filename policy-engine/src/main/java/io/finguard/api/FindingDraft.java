package io.finguard.api;

import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;
import io.finguard.terraform.origin.ValueChain;

/**
 * What a rule reports; the engine adds rule, severity, fingerprint and suppression state.
 *
 * @param resource         the offending resource
 * @param location         the offending attribute when it exists, else the block header (see
 *                         {@link RuleContext#locate}); {@link Location#NONE} in a plan without HCL
 * @param message          one sentence a reviewer understands, with the values involved
 * @param fix              the edits that fix it (see {@link io.finguard.api.edit.FileEdits}); null when it cannot be
 *                         fixed safely
 * @param notFixableReason why {@code finguard fix} leaves it alone, when {@code fix} is null and a user would expect
 *                         a fix (else null)
 * @param severity         this finding's own severity, when it differs from the rule's (a Rego result may say);
 *                         null for the rule's. A severity set in {@code finguard.yml} still wins
 * @param origin           where the value at fault comes from, when the message names it (see
 *                         {@link #withOrigin}); null otherwise
 */
public record FindingDraft(Resource resource, Location location, String message, Fix fix,
                           String notFixableReason, Severity severity, ValueChain origin) {

    public FindingDraft(Resource resource, Location location, String message, Fix fix, String notFixableReason,
                        Severity severity) {
        this(resource, location, message, fix, notFixableReason, severity, null);
    }

    public static FindingDraft of(Resource resource, Location location, String message) {
        return new FindingDraft(resource, location, message, null, null, null);
    }

    public static FindingDraft fixable(Resource resource, Location location, String message, Fix fix) {
        return new FindingDraft(resource, location, message, fix, null, null);
    }

    public static FindingDraft notFixable(Resource resource, Location location, String message, String reason) {
        return new FindingDraft(resource, location, message, null, reason, null);
    }

    /** This finding with a severity of its own. */
    public FindingDraft withSeverity(Severity own) {
        return new FindingDraft(resource, location, message, fix, notFixableReason, own, origin);
    }

    /**
     * This finding, whose message names where the value comes from with {@code chain.describe()}. Reports list each
     * instance's chain; and since instances of one block in a shared module each have their own caller, the
     * finding of several instances says {@code chain.describePlace()} instead, unless they all share one chain text
     * (docs/decisions/076-value-chains-and-fixes-at-source.md).
     */
    public FindingDraft withOrigin(ValueChain chain) {
        return new FindingDraft(resource, location, message, fix, notFixableReason, severity,
                chain == null || !chain.indirect() ? null : chain);
    }

    /** The message as every instance of the place can share it: the chain's callers left unnamed. */
    public String placeMessage() {
        if (origin == null) {
            return message;
        }
        return message.replace(origin.describe(), origin.describePlace());
    }

    /** Whether {@code finguard fix} can fix it: the rule built its edits. */
    public boolean fixable() {
        return fix != null;
    }
}
