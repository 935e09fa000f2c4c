package io.finguard.terraform.plan;

/**
 * Why a plan file could not be read at all, with the 1-based line when one is known (0 otherwise). Stays inside
 * this package: {@link PlanLoader} turns it into a {@link io.finguard.terraform.LoadError}.
 */
final class PlanReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    PlanReadException(int line, String message) {
        super(message);
        this.line = Math.max(line, 0);
    }

    int line() {
        return line;
    }
}
