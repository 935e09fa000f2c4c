package io.finguard.rules;

import io.finguard.api.FindingDraft;
import io.finguard.api.Fix;
import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;
import io.finguard.terraform.origin.ValueChain;

/**
 * What a rule's fix builder returns: the fix, or why there is none (exactly one is non-null). Every built-in fix
 * builder answers with it ({@link AttributeFix}, {@link CompanionBlock}'s users, FG101's tag edits, FG401's
 * lifecycle fixes), so a rule turns any of them into its finding the same way.
 */
public record FixOutcome(Fix fix, String notFixableReason, boolean atSource) {

    public FixOutcome(Fix fix, String notFixableReason) {
        this(fix, notFixableReason, false);
    }

    public static FixOutcome no(String reason) {
        return new FixOutcome(null, reason);
    }

    /** A fix written where the value is set, not in the resource's block ({@link SourceFix}). */
    static FixOutcome atSource(Fix fix) {
        return new FixOutcome(fix, null, true);
    }

    /**
     * This outcome, unless it has a fix in the resource's own block and {@code reason} (why the fix would be unsafe
     * there, such as {@link SharedBlocks#disagreement}) is not null. A value that is not a literal is the more useful
     * answer, so that check comes first. A fix at the value's source has passed its own check of every reader it
     * reaches ({@link SourceReaders}), instances of the block included.
     */
    public FixOutcome unless(String reason) {
        return fix != null && !atSource && reason != null ? no(reason) : this;
    }

    /** The finding, naming where the value at fault comes from ({@link ValueOrigin}) and carrying that chain. */
    public FindingDraft finding(Resource resource, Location location, String message, ValueChain origin) {
        return finding(resource, location, message).withOrigin(origin);
    }

    /** The finding, carrying the fix or saying why there is none. */
    public FindingDraft finding(Resource resource, Location location, String message) {
        return fix != null ? FindingDraft.fixable(resource, location, message, fix)
                : FindingDraft.notFixable(resource, location, message, notFixableReason);
    }
}
