package io.finguard.rego.value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** A set, kept sorted in OPA's order (which is how OPA prints sets, as JSON arrays). */
public final class SetValue implements Value {
    public static final SetValue EMPTY = new SetValue(new TreeSet<>());

    private final TreeSet<Value> items;
    private int hash;

    private SetValue(TreeSet<Value> items) {
        this.items = items;
    }

    public static SetValue of(Collection<? extends Value> items) {
        return new SetValue(new TreeSet<>(items));
    }

    /** Wraps a set the caller hands over and never touches again. */
    public static SetValue own(TreeSet<Value> items) {
        return new SetValue(items);
    }

    public SortedSet<Value> items() {
        return Collections.unmodifiableSortedSet(items);
    }

    public boolean contains(Value v) {
        return items.contains(v);
    }

    public int size() {
        return items.size();
    }

    @Override public int typeRank() { return 6; }

    @Override
    public int compareSameType(Value other) {
        return Values.compareLists(new ArrayList<>(items), new ArrayList<>(((SetValue) other).items));
    }

    @Override public String typeName() { return "set"; }
    @Override public boolean equals(Object o) { return o instanceof SetValue s && s.items.equals(items); }

    @Override
    public int hashCode() {
        if (hash == 0) {
            hash = items.hashCode() + 13;
        }
        return hash;
    }

    @Override public String toString() { return Values.format(this); }
}
