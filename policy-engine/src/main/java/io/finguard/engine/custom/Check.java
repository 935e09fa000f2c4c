package io.finguard.engine.custom;

import io.finguard.terraform.Value;

/**
 * One check: every value the path reaches meets the expectation. A known value that does not decides a failure
 * even when others are unknown; otherwise any unknown value leaves the check undecided.
 */
public record Check(AttributePath path, Expectation expectation) implements Condition {

    @Override
    public Outcome evaluate(Value.Obj values) {
        String unknown = null;
        for (Value v : path.resolve(values)) {
            if (v instanceof Value.Unknown u) {
                unknown = unknown == null ? path + " = " + u.source() : unknown;
            } else if (!expectation.accepts(v)) {
                return Outcome.fail(this);
            }
        }
        return unknown == null ? Outcome.pass(this) : Outcome.unknown(this, unknown);
    }
}
