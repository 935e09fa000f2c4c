package io.finguard.rego.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An object. Keys are any values (Rego allows non-string keys); they are kept sorted in OPA's order so that
 * printing, iteration and comparison need no extra sort.
 */
public final class ObjectValue implements Value {
    public static final ObjectValue EMPTY = new ObjectValue(new TreeMap<>());

    private final TreeMap<Value, Value> entries;
    private int hash;

    private ObjectValue(TreeMap<Value, Value> entries) {
        this.entries = entries;
    }

    public static ObjectValue of(Map<Value, Value> entries) {
        return new ObjectValue(new TreeMap<>(entries));
    }

    /** Wraps a map the caller hands over and never touches again. */
    public static ObjectValue own(TreeMap<Value, Value> entries) {
        return new ObjectValue(entries);
    }

    public Map<Value, Value> entries() {
        return Collections.unmodifiableMap(entries);
    }

    public Value get(Value key) {
        return entries.get(key);
    }

    public Value get(String key) {
        return entries.get(StringValue.of(key));
    }

    public int size() {
        return entries.size();
    }

    /** A copy with one more (or a replaced) entry. */
    public ObjectValue with(Value key, Value value) {
        TreeMap<Value, Value> copy = new TreeMap<>(entries);
        copy.put(key, value);
        return new ObjectValue(copy);
    }

    @Override public int typeRank() { return 5; }

    @Override
    public int compareSameType(Value other) {
        ObjectValue o = (ObjectValue) other;
        var a = new ArrayList<>(entries.entrySet());
        var b = new ArrayList<>(o.entries.entrySet());
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).getKey().compareTo(b.get(i).getKey());
            if (c != 0) {
                return c;
            }
            c = a.get(i).getValue().compareTo(b.get(i).getValue());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override public String typeName() { return "object"; }
    @Override public boolean equals(Object o) { return o instanceof ObjectValue v && v.entries.equals(entries); }

    @Override
    public int hashCode() {
        if (hash == 0) {
            hash = entries.hashCode() + 11;
        }
        return hash;
    }

    @Override public String toString() { return Values.format(this); }
}
