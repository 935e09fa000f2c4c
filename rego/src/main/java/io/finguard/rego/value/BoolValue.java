package io.finguard.rego.value;

/** A boolean; {@code false} sorts before {@code true}. */
public final class BoolValue implements Value {
    public static final BoolValue TRUE = new BoolValue(true);
    public static final BoolValue FALSE = new BoolValue(false);

    private final boolean value;

    private BoolValue(boolean value) {
        this.value = value;
    }

    public static BoolValue of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public boolean value() {
        return value;
    }

    @Override public int typeRank() { return 1; }
    @Override public int compareSameType(Value other) { return Boolean.compare(value, ((BoolValue) other).value); }
    @Override public String typeName() { return "boolean"; }
    @Override public boolean equals(Object o) { return o instanceof BoolValue b && b.value == value; }
    @Override public int hashCode() { return value ? 1 : 2; }
    @Override public String toString() { return Boolean.toString(value); }
}
