package io.finguard.terraform;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The read-only, insertion-ordered map inside a {@link Value.Obj}. Its own type lets {@code Obj} recognise a map
 * that is already frozen and skip the defensive copy: evaluation builds a great many objects, and copying each one
 * twice showed in profiles.
 */
final class FrozenMap extends AbstractMap<String, Value> {

    private final Map<String, Value> view;

    /** Takes ownership of {@code entries}: the caller must not change it afterwards. */
    FrozenMap(LinkedHashMap<String, Value> entries) {
        this.view = Collections.unmodifiableMap(entries);
    }

    @Override
    public Set<Entry<String, Value>> entrySet() {
        return view.entrySet();
    }

    @Override
    public Value get(Object key) {
        return view.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return view.containsKey(key);
    }

    @Override
    public int size() {
        return view.size();
    }

    @Override
    public Set<String> keySet() {
        return view.keySet();
    }

    @Override
    public Collection<Value> values() {
        return view.values();
    }
}
