package io.finguard.terraform.eval;

/**
 * An {@link EvalBudget} limit was reached. Unlike {@link EvalError} it is not a user error that {@code try()} or
 * {@code can()} may catch: the value is unknown and the problem is reported, since the fallback of a {@code try}
 * would hide that finguard stopped. No stack trace: it is control flow.
 *
 * @see EvalBudget
 */
final class LimitExceeded extends RuntimeException {

    private final boolean work;

    LimitExceeded(String message, boolean work) {
        super(message, null, false, false);
        this.work = work;
    }

    /** True when the steps of the root ran out, false for one value too large. */
    boolean work() {
        return work;
    }
}
