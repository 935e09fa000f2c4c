package io.finguard.engine.custom;

import io.finguard.terraform.Value;

import java.util.List;

/**
 * A condition's three-valued result for one resource.
 *
 * @param status  pass, fail, or unknown when the decision depends on a value known only after apply
 * @param blame   the check that decided it (for a failure, the first failing check: where the finding points;
 *                kept for a pass too, because {@code not} turns it into a failure)
 * @param unknown for {@link Status#UNKNOWN}: what was unknown, for the unverified reason; else null
 * @param where   for a failure decided by one value, the locate path of the place holding it ({@code ingress[1]},
 *                {@code from_port}); null when no single value decided (then the blame's path says where)
 */
public record Outcome(Status status, Check blame, String unknown, List<String> where) {

    public Outcome {
        where = where == null ? null : List.copyOf(where);
    }

    public enum Status { PASS, FAIL, UNKNOWN }

    static Outcome pass(Check blame) {
        return new Outcome(Status.PASS, blame, null, null);
    }

    /** Failed on the value at {@code where}. */
    static Outcome fail(Check blame, List<String> where) {
        return new Outcome(Status.FAIL, blame, null, where);
    }

    static Outcome unknown(Check blame, String what) {
        return new Outcome(Status.UNKNOWN, blame, what, null);
    }

    /** The locate path of the finding: the value that decided, else the blamed check's path in {@code values}. */
    public String[] locatePath(Value.Obj values) {
        return where != null ? where.toArray(String[]::new) : blame.path().locatePath(values);
    }

    /** {@code not}: pass and fail swap, unknown stays unknown. */
    Outcome negated() {
        return switch (status) {
            case PASS -> fail(blame, null);
            case FAIL -> pass(blame);
            case UNKNOWN -> this;
        };
    }
}
