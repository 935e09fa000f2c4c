package io.finguard.terraform.eval;

import java.util.HashMap;
import java.util.Map;

/** Collects the functions of each area while {@link Functions} is being built. */
final class FunctionTable {

    private final Map<String, FunctionSpec> specs = new HashMap<>();

    void add(String name, int minArgs, int maxArgs, FunctionBody body) {
        if (specs.put(name, new FunctionSpec(name, minArgs, maxArgs, body)) != null) {
            throw new IllegalStateException("function registered twice: " + name);
        }
    }

    /** A function of exactly {@code args} arguments. */
    void add(String name, int args, FunctionBody body) {
        add(name, args, args, body);
    }

    Map<String, FunctionSpec> build() {
        return Map.copyOf(specs);
    }
}
