package io.finguard.engine.custom;

/**
 * A condition's three-valued result for one resource.
 *
 * @param status  pass, fail, or unknown when the decision depends on a value known only after apply
 * @param blame   the check that decided it (for a failure, the first failing check: where the finding points;
 *                kept for a pass too, because {@code not} turns it into a failure)
 * @param unknown for {@link Status#UNKNOWN}: what was unknown, for the unverified reason; else null
 */
public record Outcome(Status status, Check blame, String unknown) {

    public enum Status { PASS, FAIL, UNKNOWN }

    static Outcome pass(Check blame) {
        return new Outcome(Status.PASS, blame, null);
    }

    static Outcome fail(Check blame) {
        return new Outcome(Status.FAIL, blame, null);
    }

    static Outcome unknown(Check blame, String what) {
        return new Outcome(Status.UNKNOWN, blame, what);
    }

    /** {@code not}: pass and fail swap, unknown stays unknown. */
    Outcome negated() {
        return switch (status) {
            case PASS -> fail(blame);
            case FAIL -> pass(blame);
            case UNKNOWN -> this;
        };
    }
}
