package io.finguard.rego.builtins;

/**
 * A builtin's failure. {@code typeError} marks wrong operand types (OPA's {@code eval_type_error}); the rest are
 * {@code eval_builtin_error}s. The evaluator adds the builtin's name and the call's location.
 */
public final class BuiltinError extends RuntimeException {
    private final boolean typeError;

    public BuiltinError(String message, boolean typeError) {
        super(message, null, false, false);
        this.typeError = typeError;
    }

    public static BuiltinError type(String message) {
        return new BuiltinError(message, true);
    }

    public static BuiltinError of(String message) {
        return new BuiltinError(message, false);
    }

    public boolean isTypeError() {
        return typeError;
    }
}
