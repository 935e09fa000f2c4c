package io.finguard.terraform.load;

import io.finguard.terraform.Value;
import io.finguard.terraform.eval.Scope;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names a module's expressions can use: {@code var}, {@code local}, {@code module}, {@code path},
 * {@code terraform}, and inside a resource with {@code count}/{@code for_each} also {@code count}/{@code each}.
 * Resource and data references are deliberately absent: they are unknown before apply.
 */
final class ModuleScope implements Scope {

    private final Map<String, Value> roots = new LinkedHashMap<>();
    private final Map<String, Value> locals = new LinkedHashMap<>();
    private final Map<String, Value> modules = new LinkedHashMap<>();
    // Built on first lookup after a change: locals are added one by one, and copying the map on every addition
    // would make a module with many locals quadratic.
    private Value.Obj localsObj;
    private Value.Obj modulesObj;

    ModuleScope(Map<String, Value> variables, String modulePath) {
        roots.put("var", obj(variables));
        roots.put("path", obj(Map.of("module", Value.str(modulePath), "root", Value.str("."),
                "cwd", Value.str("."))));
        roots.put("terraform", obj(Map.of("workspace", Value.str("default"))));
    }

    void putLocal(String name, Value value) {
        locals.put(name, value);
        localsObj = null;
    }

    void putModule(String name, Value outputs) {
        modules.put(name, outputs);
        modulesObj = null;
    }

    Map<String, Value> locals() {
        return locals;
    }

    /**
     * A scope for the body of a resource or module call with {@code count}/{@code for_each}: finguard checks the
     * block once, not per instance, so {@code count.index}, {@code each.key} and {@code each.value} are unknown.
     * It shadows this scope rather than copying it: modules have many locals and many repeated blocks.
     */
    Scope forRepeatedBlock(boolean hasCount, boolean hasForEach) {
        if (!hasCount && !hasForEach) {
            return this;
        }
        // the child only shadows count/each and looks everything else up here, so one per kind serves them all
        int kind = (hasCount ? 1 : 0) | (hasForEach ? 2 : 0);
        Scope cached = repeatedScopes[kind];
        if (cached == null) {
            cached = repeatedScope(hasCount, hasForEach);
            repeatedScopes[kind] = cached;
        }
        return cached;
    }

    private final Scope[] repeatedScopes = new Scope[4];

    private Scope repeatedScope(boolean hasCount, boolean hasForEach) {
        Map<String, Value> names = new LinkedHashMap<>();
        if (hasCount) {
            names.put("count", obj(Map.of("index", new Value.Unknown("count.index"))));
        }
        if (hasForEach) {
            names.put("each", obj(Map.of("key", new Value.Unknown("each.key"),
                    "value", new Value.Unknown("each.value"))));
        }
        return child(names);
    }

    @Override
    public Value lookup(String name) {
        return switch (name) {
            case "local" -> {
                if (localsObj == null) {
                    localsObj = obj(locals);
                }
                yield localsObj;
            }
            case "module" -> {
                if (modulesObj == null) {
                    modulesObj = obj(modules);
                }
                yield modulesObj;
            }
            default -> roots.get(name);
        };
    }

    private static Value.Obj obj(Map<String, Value> entries) {
        return new Value.Obj(entries, Value.ObjKind.OBJECT);
    }
}
