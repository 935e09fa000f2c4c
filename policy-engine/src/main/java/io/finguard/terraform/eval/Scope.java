package io.finguard.terraform.eval;

import io.finguard.terraform.Value;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What root names mean during evaluation ({@code var}, {@code local}, {@code path}, {@code each}, a for-expression
 * variable, ...). A name that is not defined makes its traversal unknown, which is how references to resources,
 * data sources and {@code self} stay unknown without special cases.
 * <p>
 * An interface so that the module loader may resolve names lazily; {@link #of} covers the plain case.
 */
@FunctionalInterface
public interface Scope {

    Scope EMPTY = name -> null;

    /** The value of a root name, or null when this scope does not define it. */
    Value lookup(String rootName);

    /** A scope defining exactly these names (copied, so later changes to the map do not leak in). */
    static Scope of(Map<String, ? extends Value> names) {
        Map<String, Value> copy = Map.copyOf(names);
        return copy::get;
    }

    /** A scope where {@code names} shadow this one: for-expression and template-for variables. */
    default Scope child(Map<String, ? extends Value> names) {
        Map<String, Value> copy = Map.copyOf(names);
        Scope parent = this;
        return name -> {
            Value own = copy.get(name);
            return own != null ? own : parent.lookup(name);
        };
    }

    /** A child scope with one or two names bound; {@code keyName} may be null. */
    default Scope child(String keyName, Value key, String valueName, Value value) {
        Map<String, Value> names = new LinkedHashMap<>();
        if (keyName != null) {
            names.put(keyName, key);
        }
        names.put(valueName, value);
        return child(names);
    }
}
