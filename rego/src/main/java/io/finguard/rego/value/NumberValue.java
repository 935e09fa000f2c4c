package io.finguard.rego.value;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A number. Rego numbers are arbitrary-precision as in OPA (JSON numbers, not doubles), so a {@link BigDecimal}
 * holds them; {@code 1} and {@code 1.0} are the same value, as they are in OPA.
 */
public final class NumberValue implements Value {
    private final BigDecimal value;
    private final BigDecimal normalized;

    private NumberValue(BigDecimal value) {
        this.value = value;
        this.normalized = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    public static NumberValue of(BigDecimal d) {
        return new NumberValue(d);
    }

    public static NumberValue of(long l) {
        return new NumberValue(BigDecimal.valueOf(l));
    }

    public static NumberValue of(double d) {
        return new NumberValue(new BigDecimal(Double.toString(d)));
    }

    /** Parses a JSON/Rego number literal. */
    public static NumberValue parse(String text) {
        return new NumberValue(new BigDecimal(text));
    }

    public BigDecimal value() {
        return value;
    }

    /** Whether the value has no fractional part. */
    public boolean isInteger() {
        return normalized.scale() <= 0;
    }

    /** The integer value, or null when the number is not an integer. */
    public BigInteger integer() {
        return isInteger() ? normalized.toBigIntegerExact() : null;
    }

    /** The int value if the number is an integer fitting an int, else null. */
    public Integer intValue() {
        if (!isInteger()) {
            return null;
        }
        try {
            return normalized.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    public double doubleValue() {
        return value.doubleValue();
    }

    @Override public int typeRank() { return 2; }
    @Override public int compareSameType(Value other) { return value.compareTo(((NumberValue) other).value); }
    @Override public String typeName() { return "number"; }
    @Override public boolean equals(Object o) { return o instanceof NumberValue n && n.normalized.equals(normalized); }
    @Override public int hashCode() { return normalized.hashCode(); }

    /** OPA prints integers without a fraction and other numbers in plain (not scientific) notation when short. */
    @Override
    public String toString() {
        if (isInteger() && normalized.precision() - normalized.scale() <= 30) {
            return normalized.toPlainString();
        }
        return normalized.toString().replace("E+", "e+").replace("E-", "e-");
    }
}
