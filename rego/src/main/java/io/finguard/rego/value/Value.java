package io.finguard.rego.value;

/**
 * A Rego value: a JSON value, or a set, or an object with non-string keys. Values are immutable and totally
 * ordered in OPA's order (null, booleans, numbers, strings, arrays, objects, sets), which is also the order in
 * which sets and object keys are printed.
 */
public sealed interface Value extends Comparable<Value>
        permits NullValue, BoolValue, NumberValue, StringValue, ArrayValue, ObjectValue, SetValue {

    /** Rank of the value's type in OPA's total order of values. */
    int typeRank();

    /** Compares two values of the same type rank. */
    int compareSameType(Value other);

    /** The name {@code type_name} returns and type errors print. */
    String typeName();

    @Override
    default int compareTo(Value other) {
        int rank = Integer.compare(typeRank(), other.typeRank());
        return rank != 0 ? rank : compareSameType(other);
    }

    /** Whether the value is a scalar (neither a collection nor an object). */
    default boolean isScalar() {
        return typeRank() <= 3;
    }
}
