package io.finguard.engine.custom;

import io.finguard.terraform.Value;

import java.util.List;

/**
 * What a custom rule requires of a resource: one {@link Check}, or {@code all}/{@code any}/{@code not} of others.
 * Evaluation is three-valued (Kleene): a decided failure wins over an unknown in {@code all}, a decided pass wins
 * over an unknown in {@code any}, so an unknown makes the resource unverified only where the decision depends on it.
 */
public sealed interface Condition permits Check, Condition.All, Condition.Any, Condition.Not {

    Outcome evaluate(Value.Obj values);

    /** Every condition holds. */
    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Outcome evaluate(Value.Obj values) {
            return decide(conditions, values, Outcome.Status.FAIL);
        }
    }

    /** At least one condition holds. */
    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Outcome evaluate(Value.Obj values) {
            return decide(conditions, values, Outcome.Status.PASS);
        }
    }

    /** The condition does not hold. */
    record Not(Condition condition) implements Condition {
        @Override
        public Outcome evaluate(Value.Obj values) {
            return condition.evaluate(values).negated();
        }
    }

    /**
     * The first outcome with the {@code decisive} status (a failure for {@code all}, a pass for {@code any}); else
     * the first unknown; else the opposite of decisive, blamed on the first condition.
     */
    private static Outcome decide(List<Condition> conditions, Value.Obj values, Outcome.Status decisive) {
        Outcome unknown = null;
        Outcome first = null;
        for (Condition c : conditions) {
            Outcome o = c.evaluate(values);
            if (o.status() == decisive) {
                return o;
            }
            if (o.status() == Outcome.Status.UNKNOWN && unknown == null) {
                unknown = o;
            }
            first = first == null ? o : first;
        }
        if (unknown != null) {
            return unknown;
        }
        Outcome.Status other = decisive == Outcome.Status.FAIL ? Outcome.Status.PASS : Outcome.Status.FAIL;
        return new Outcome(other, first.blame(), null, other == Outcome.Status.FAIL ? first.where() : null);
    }
}
