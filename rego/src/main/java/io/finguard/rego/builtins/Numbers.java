package io.finguard.rego.builtins;

import io.finguard.rego.value.ArrayValue;
import io.finguard.rego.value.BoolValue;
import io.finguard.rego.value.NullValue;
import io.finguard.rego.value.NumberValue;
import io.finguard.rego.value.StringValue;
import io.finguard.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/** {@code numbers.range}, {@code numbers.range_step}, {@code to_number} and the {@code bits.*} operations. */
final class Numbers {
    private static final int MAX_RANGE = 10_000_000;

    private Numbers() {
    }

    static void register(Registry r) {
        r.add("numbers.range", 2, a -> range(Args.integer(a, 0), Args.integer(a, 1), BigInteger.ONE));
        r.add("numbers.range_step", 3, a -> {
            BigInteger step = Args.integer(a, 2);
            if (step.signum() <= 0) {
                throw BuiltinError.of("step must be a positive integer");
            }
            return range(Args.integer(a, 0), Args.integer(a, 1), step);
        });
        r.add("to_number", 1, a -> {
            Value v = a[0];
            if (v instanceof NullValue) {
                return NumberValue.of(0);
            }
            if (v instanceof BoolValue b) {
                return NumberValue.of(b.value() ? 1 : 0);
            }
            if (v instanceof NumberValue) {
                return v;
            }
            if (v instanceof StringValue s) {
                try {
                    String text = s.value();
                    if (text.isEmpty() || text.startsWith("+") || text.contains("_")
                            || text.chars().anyMatch(Character::isWhitespace)) {
                        throw new NumberFormatException();
                    }
                    return NumberValue.of(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    throw BuiltinError.of("strconv.ParseFloat: parsing " + io.finguard.rego.value.Json.quote(
                            s.value()) + ": invalid syntax");
                }
            }
            throw Args.typeError(0, "one of {boolean, null, number, string}", v);
        });
        r.add("bits.or", 2, a -> bits(a, BigInteger::or));
        r.add("bits.and", 2, a -> bits(a, BigInteger::and));
        r.add("bits.xor", 2, a -> bits(a, BigInteger::xor));
        r.add("bits.negate", 1, a -> NumberValue.of(new BigDecimal(Args.integer(a, 0).not())));
        r.add("bits.lsh", 2, a -> NumberValue.of(new BigDecimal(Args.integer(a, 0).shiftLeft(shift(a)))));
        r.add("bits.rsh", 2, a -> NumberValue.of(new BigDecimal(Args.integer(a, 0).shiftRight(shift(a)))));
    }

    private static int shift(Value[] a) {
        BigInteger s = Args.integer(a, 1);
        if (s.signum() < 0) {
            throw BuiltinError.type("operand 2 must be an unsigned integer number but got a negative integer");
        }
        return s.intValue();
    }

    private static Value bits(Value[] a, BinaryOperator<BigInteger> op) {
        return NumberValue.of(new BigDecimal(op.apply(Args.integer(a, 0), Args.integer(a, 1))));
    }

    private static Value range(BigInteger from, BigInteger to, BigInteger step) {
        List<Value> out = new ArrayList<>();
        boolean up = from.compareTo(to) <= 0;
        for (BigInteger i = from; up ? i.compareTo(to) <= 0 : i.compareTo(to) >= 0;
             i = up ? i.add(step) : i.subtract(step)) {
            if (out.size() >= MAX_RANGE) {
                throw BuiltinError.of("range too large");
            }
            out.add(NumberValue.of(new BigDecimal(i)));
        }
        return ArrayValue.of(out);
    }
}
