package io.finguard.terraform.eval;

/**
 * Raised when an operation needs to look inside a value that is unknown. The evaluator catches it at the
 * expression being evaluated and makes that expression unknown. Operations raise it only when they really need
 * the unknown part, which is what keeps {@code length([var.x])} or {@code merge({a = var.x})} known.
 */
final class UnknownOperand extends RuntimeException {

    UnknownOperand() {
        super(null, null, false, false);
    }
}
