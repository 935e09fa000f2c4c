package io.finguard.terraform.eval;

/**
 * Raised inside the evaluator and the functions for a user error; the evaluator turns it into an
 * {@link EvalProblem} at the expression that raised it and never lets it escape {@link Evaluator#evaluate}.
 * No stack trace: it is control flow, and {@code try()} can make it frequent.
 */
final class EvalError extends RuntimeException {

    EvalError(String message) {
        super(message, null, false, false);
    }
}
