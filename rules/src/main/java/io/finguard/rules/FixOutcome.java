package io.finguard.rules;

import io.finguard.api.FindingDraft;
import io.finguard.api.Fix;
import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;

/**
 * What a rule's fix builder returns: the fix, or why there is none (exactly one is non-null). Every built-in fix
 * builder answers with it ({@link AttributeFix}, {@link CompanionBlock}'s users, FG101's tag edits, FG401's
 * lifecycle fixes), so a rule turns any of them into its finding the same way.
 */
public record FixOutcome(Fix fix, String notFixableReason) {

    public static FixOutcome no(String reason) {
        return new FixOutcome(null, reason);
    }

    /**
     * This outcome, unless it has a fix and {@code reason} (why the fix would be unsafe, such as
     * {@link SharedBlocks#disagreement}) is not null. A value that is not a literal is the more useful answer, so
     * that check comes first.
     */
    public FixOutcome unless(String reason) {
        return fix != null && reason != null ? no(reason) : this;
    }

    /** The finding, carrying the fix or saying why there is none. */
    public FindingDraft finding(Resource resource, Location location, String message) {
        return fix != null ? FindingDraft.fixable(resource, location, message, fix)
                : FindingDraft.notFixable(resource, location, message, notFixableReason);
    }
}
