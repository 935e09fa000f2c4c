package io.finguard.rego.value;

/** JSON null. */
public final class NullValue implements Value {
    public static final NullValue NULL = new NullValue();

    private NullValue() {
    }

    @Override public int typeRank() { return 0; }
    @Override public int compareSameType(Value other) { return 0; }
    @Override public String typeName() { return "null"; }
    @Override public boolean equals(Object o) { return o instanceof NullValue; }
    @Override public int hashCode() { return 0; }
    @Override public String toString() { return "null"; }
}
