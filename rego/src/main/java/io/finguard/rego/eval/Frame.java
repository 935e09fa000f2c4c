package io.finguard.rego.eval;

import io.finguard.rego.value.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * The variable bindings of one rule body (with its comprehensions) or query. A binding lasts exactly as long as
 * the continuation it was made for runs, which is how backtracking undoes it.
 */
final class Frame {
    private final Map<String, Value> vars = new HashMap<>();

    Value get(String name) {
        return vars.get(name);
    }

    boolean isBound(String name) {
        return vars.containsKey(name);
    }

    void bind(String name, Value v, Evaluator.K k) {
        vars.put(name, v);
        try {
            k.run();
        } finally {
            vars.remove(name);
        }
    }

    Map<String, Value> snapshot() {
        return new HashMap<>(vars);
    }
}
