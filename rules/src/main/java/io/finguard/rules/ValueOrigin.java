package io.finguard.rules;

import io.finguard.terraform.Resource;
import io.finguard.terraform.origin.ValueChain;

/**
 * Where the value of an argument a rule found at fault comes from ({@link io.finguard.api.RuleContext#origin}), in
 * the words its message uses: nothing when the
 * value is written in the resource's own block, else the chain of places it flows through
 * (docs/decisions/076-value-chains-and-fixes-at-source.md). The draft carries the chain with
 * {@link FixOutcome#finding(Resource, io.finguard.terraform.Location, String, ValueChain)}.
 */
public final class ValueOrigin {

    private ValueOrigin() {
    }

    /** {@code " (retention_in_days = var.days, which is 90: …)"}, or {@code ""} when written in the block. */
    public static String note(ValueChain chain) {
        return chain != null && chain.indirect() ? " (" + chain.describe() + ")" : "";
    }

    /** {@code "; max_size = var.max_size, which is 50: …"} after a sentence, or {@code ""} when written in the block. */
    public static String clause(ValueChain chain) {
        return chain != null && chain.indirect() ? "; " + chain.describe() : "";
    }

    /** The chain in words, or {@code otherwise} when the value is written in the block. */
    public static String or(ValueChain chain, String otherwise) {
        return chain != null && chain.indirect() ? chain.describe() : otherwise;
    }
}
