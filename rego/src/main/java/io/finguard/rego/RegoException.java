package io.finguard.rego;

import io.finguard.rego.ast.Location;

/**
 * An error as OPA reports it: a code ({@code rego_parse_error}, {@code rego_compile_error},
 * {@code rego_unsafe_var_error}, {@code rego_recursion_error}, {@code eval_conflict_error},
 * {@code eval_type_error}, {@code eval_builtin_error}...), a message, and where it happened.
 */
public final class RegoException extends RuntimeException {
    public static final String PARSE = "rego_parse_error";
    public static final String COMPILE = "rego_compile_error";
    public static final String UNSAFE_VAR = "rego_unsafe_var_error";
    public static final String RECURSION = "rego_recursion_error";
    public static final String TYPE = "rego_type_error";
    public static final String CONFLICT = "eval_conflict_error";
    public static final String EVAL_TYPE = "eval_type_error";
    public static final String BUILTIN = "eval_builtin_error";
    public static final String STEP_LIMIT = "eval_step_limit_error";

    private final String code;
    private final String bareMessage;
    private final transient Location location;

    public RegoException(String code, String message, Location location) {
        super((location == null ? "" : location + ": ") + code + ": " + message, null, false, false);
        this.code = code;
        this.bareMessage = message;
        this.location = location;
    }

    public String code() {
        return code;
    }

    /** The message without code and location. */
    public String bareMessage() {
        return bareMessage;
    }

    /** Where it happened, or null. */
    public Location location() {
        return location;
    }
}
