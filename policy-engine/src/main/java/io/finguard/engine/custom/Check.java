package io.finguard.engine.custom;

import io.finguard.terraform.Value;

/**
 * One check: every value the path reaches meets the expectation. A known value that does not decides a failure
 * even when others are unknown (and the finding points at where that value is written); otherwise any unknown value
 * leaves the check undecided.
 */
public record Check(AttributePath path, Expectation expectation) implements Condition {

    @Override
    public Outcome evaluate(Value.Obj values) {
        String unknown = null;
        for (AttributePath.Reached r : path.reach(values)) {
            if (r.value() instanceof Value.Unknown u) {
                unknown = unknown == null ? path + " = " + u.source() : unknown;
            } else if (!expectation.accepts(r.value())) {
                return Outcome.fail(this, r.where());
            }
        }
        return unknown == null ? Outcome.pass(this) : Outcome.unknown(this, unknown);
    }
}
