package io.finguard.rego.builtins;

/** A registered builtin: its dotted name, its number of operands, and the function. */
public record BuiltinDef(String name, int arity, Builtin fn) {
}
