package io.finguard.rego.builtins;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The builtins by name. Each area registers its functions through {@link #add}. */
public final class Registry {
    /**
     * Builtins that reach outside the process: a policy calling one is refused when loaded, since finguard
     * promises that a scan opens no connection and depends on nothing but its inputs.
     */
    public static final Set<String> REFUSED = Set.of("http.send", "net.lookup_ip_addr", "opa.runtime");

    /** Builtins that succeed once per element of the array they return ({@code walk}). */
    public static final Set<String> RELATIONAL = Set.of("walk");

    private static final Registry STANDARD = build();

    private final Map<String, BuiltinDef> defs = new HashMap<>();

    private Registry() {
    }

    public static Registry standard() {
        return STANDARD;
    }

    void add(String name, int arity, Builtin fn) {
        defs.put(name, new BuiltinDef(name, arity, fn));
    }

    public BuiltinDef get(String name) {
        return defs.get(name);
    }

    private static Registry build() {
        Registry r = new Registry();
        Operators.register(r);
        Aggregates.register(r);
        Strings.register(r);
        Regexes.register(r);
        Collections.register(r);
        Types.register(r);
        Encoding.register(r);
        Globs.register(r);
        Numbers.register(r);
        Units.register(r);
        JsonPaths.register(r);
        Graphs.register(r);
        return r;
    }
}
