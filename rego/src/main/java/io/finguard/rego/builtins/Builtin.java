package io.finguard.rego.builtins;

import io.finguard.rego.value.Value;

/** A builtin function: takes evaluated operands, returns a value or null when the result is undefined. */
@FunctionalInterface
public interface Builtin {
    Value call(Value[] args);
}
