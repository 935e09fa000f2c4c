package io.finguard.rego.value;

import java.util.List;

/** An array; arrays compare element by element, then by length. */
public final class ArrayValue implements Value {
    public static final ArrayValue EMPTY = new ArrayValue(List.of());

    private final List<Value> items;
    private int hash;

    private ArrayValue(List<Value> items) {
        this.items = items;
    }

    public static ArrayValue of(List<Value> items) {
        return new ArrayValue(List.copyOf(items));
    }

    public List<Value> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public Value get(int i) {
        return items.get(i);
    }

    @Override public int typeRank() { return 4; }

    @Override
    public int compareSameType(Value other) {
        return Values.compareLists(items, ((ArrayValue) other).items);
    }

    @Override public String typeName() { return "array"; }
    @Override public boolean equals(Object o) { return o instanceof ArrayValue a && a.items.equals(items); }

    @Override
    public int hashCode() {
        if (hash == 0) {
            hash = items.hashCode() + 7;
        }
        return hash;
    }

    @Override public String toString() { return Values.format(this); }
}
