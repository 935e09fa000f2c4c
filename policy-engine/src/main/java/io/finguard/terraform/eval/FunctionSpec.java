package io.finguard.terraform.eval;

/**
 * A built-in function and how many arguments it takes.
 *
 * @param maxArgs {@link #VARIADIC} for no upper bound
 */
record FunctionSpec(String name, int minArgs, int maxArgs, FunctionBody body) {

    static final int VARIADIC = Integer.MAX_VALUE;

    /** Null when the count fits, else the message Terraform would give. */
    String arityProblem(int count) {
        if (count >= minArgs && count <= maxArgs) {
            return null;
        }
        String expected;
        if (maxArgs == VARIADIC) {
            expected = "at least " + minArgs;
        } else if (minArgs == maxArgs) {
            expected = String.valueOf(minArgs);
        } else {
            expected = minArgs + " to " + maxArgs;
        }
        boolean singular = minArgs == 1 && (maxArgs == 1 || maxArgs == VARIADIC);
        return "function \"" + name + "\" expects " + expected + " argument" + (singular ? "" : "s")
                + ", got " + count;
    }
}
