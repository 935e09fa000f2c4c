package io.finguard.terraform;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The map inside a {@link Value.Obj} whose values are computed on first use, one key at a time: the names a module
 * instance defines ({@code local.x}, {@code var.y}, the outputs of {@code module.z}). Terraform's graph has a node
 * per value, so {@code module.a.id} depends only on the output {@code id}, not on every output of {@code module.a};
 * computing an entry only when it is read gives the same dependencies and so the same (absence of) cycles.
 * Iterating the map, comparing it or printing it computes every entry, as reading the whole object does in
 * Terraform. Not thread-safe: a load runs on one thread.
 */
public abstract class LazyEntries extends AbstractMap<String, Value> {

    private final List<String> keys;
    private final Set<String> keySet;

    /** @param keys the names, in the order they are declared */
    protected LazyEntries(List<String> keys) {
        this.keys = List.copyOf(keys);
        this.keySet = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(keys));
    }

    /** The value of {@code key}, one of the keys; called at most once per key if it returns without throwing. */
    protected abstract Value compute(String key);

    private final Map<String, Value> computed = new java.util.HashMap<>();

    @Override
    public final Value get(Object key) {
        if (!(key instanceof String name) || !keySet.contains(name)) {
            return null;
        }
        Value v = computed.get(name);
        if (v == null) {
            v = compute(name);
            computed.put(name, v);
        }
        return v;
    }

    @Override
    public final boolean containsKey(Object key) {
        return key instanceof String && keySet.contains(key);
    }

    /** The names, in order, without computing any value. */
    @Override
    public final Set<String> keySet() {
        return keySet;
    }

    @Override
    public final int size() {
        return keys.size();
    }

    @Override
    public final Set<Entry<String, Value>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Value>> iterator() {
                Iterator<String> names = keys.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return names.hasNext();
                    }

                    @Override
                    public Entry<String, Value> next() {
                        String name = names.next();
                        return new SimpleImmutableEntry<>(name, get(name));
                    }
                };
            }

            @Override
            public int size() {
                return keys.size();
            }
        };
    }
}
