package io.finguard.terraform.load;

import io.finguard.terraform.Value;
import io.finguard.terraform.eval.Scope;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names a module instance's expressions can use: {@code var}, {@code local}, {@code module}, {@code path},
 * {@code terraform}, and inside a resource with {@code count}/{@code for_each} also {@code count}/{@code each}.
 * {@code var}, {@code local} and {@code module} are objects whose entries are computed when read (see
 * {@link io.finguard.terraform.LazyEntries}). Resource and data references are deliberately absent: they are
 * unknown before apply.
 */
final class ModuleScope implements Scope {

    private final Map<String, Value> roots = new LinkedHashMap<>();

    /**
     * @param path the values of {@code path.module}, {@code path.root} and {@code path.cwd}
     */
    ModuleScope(Value.Obj variables, Value.Obj locals, Value.Obj modules, Value.Obj path) {
        roots.put("var", variables);
        roots.put("local", locals);
        roots.put("module", modules);
        roots.put("path", path);
        roots.put("terraform", new Value.Obj(Map.of("workspace", Value.str("default")), Value.ObjKind.OBJECT));
    }

    /**
     * A scope for the body of a resource with {@code count}/{@code for_each}: finguard checks a resource block
     * once, not per instance, so {@code count.index}, {@code each.key} and {@code each.value} are unknown.
     * It shadows this scope rather than copying it: modules have many repeated blocks.
     */
    Scope forRepeatedBlock(boolean hasCount, boolean hasForEach) {
        if (!hasCount && !hasForEach) {
            return this;
        }
        // the child only shadows count/each and looks everything else up here, so one per kind serves them all
        int kind = (hasCount ? 1 : 0) | (hasForEach ? 2 : 0);
        Scope cached = repeatedScopes[kind];
        if (cached == null) {
            cached = child(InstanceKey.unknownNames(hasCount, hasForEach));
            repeatedScopes[kind] = cached;
        }
        return cached;
    }

    private final Scope[] repeatedScopes = new Scope[4];

    @Override
    public Value lookup(String name) {
        return roots.get(name);
    }
}
