package io.finguard.terraform.eval;

import io.finguard.terraform.Value;

/**
 * Functions whose result exists only when Terraform runs ({@code timestamp}, {@code uuid}, ...): always unknown,
 * but registered so that a wrong argument count is still reported.
 */
final class ApplyTimeFunctions {

    private static final Value UNKNOWN = new Value.Unknown("");

    private ApplyTimeFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("timestamp", 0, a -> UNKNOWN);
        t.add("plantimestamp", 0, a -> UNKNOWN);
        t.add("uuid", 0, a -> UNKNOWN);
        t.add("bcrypt", 1, 2, a -> UNKNOWN);
    }
}
