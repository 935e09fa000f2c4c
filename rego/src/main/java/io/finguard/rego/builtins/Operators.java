package io.finguard.rego.builtins;

import io.finguard.rego.value.ArrayValue;
import io.finguard.rego.value.BoolValue;
import io.finguard.rego.value.NumberValue;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.SetValue;
import io.finguard.rego.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.TreeSet;
import java.util.function.BinaryOperator;

/** Comparison, arithmetic, set operators and membership ({@code in}). */
final class Operators {
    private Operators() {
    }

    static void register(Registry r) {
        r.add("equal", 2, a -> BoolValue.of(a[0].equals(a[1])));
        r.add("neq", 2, a -> BoolValue.of(!a[0].equals(a[1])));
        r.add("lt", 2, a -> BoolValue.of(a[0].compareTo(a[1]) < 0));
        r.add("lte", 2, a -> BoolValue.of(a[0].compareTo(a[1]) <= 0));
        r.add("gt", 2, a -> BoolValue.of(a[0].compareTo(a[1]) > 0));
        r.add("gte", 2, a -> BoolValue.of(a[0].compareTo(a[1]) >= 0));
        r.add("plus", 2, a -> arith(a, BigDecimal::add));
        r.add("mul", 2, a -> arith(a, BigDecimal::multiply));
        r.add("minus", 2, Operators::minus);
        r.add("div", 2, Operators::div);
        r.add("rem", 2, Operators::rem);
        r.add("abs", 1, a -> NumberValue.of(Args.number(a, 0).value().abs()));
        r.add("round", 1, a -> NumberValue.of(Args.number(a, 0).value().setScale(0, RoundingMode.HALF_UP)));
        r.add("ceil", 1, a -> NumberValue.of(Args.number(a, 0).value().setScale(0, RoundingMode.CEILING)));
        r.add("floor", 1, a -> NumberValue.of(Args.number(a, 0).value().setScale(0, RoundingMode.FLOOR)));
        r.add("or", 2, a -> {
            TreeSet<Value> out = new TreeSet<>(Args.set(a, 0).items());
            out.addAll(Args.set(a, 1).items());
            return SetValue.own(out);
        });
        r.add("and", 2, a -> {
            TreeSet<Value> out = new TreeSet<>(Args.set(a, 0).items());
            out.retainAll(Args.set(a, 1).items());
            return SetValue.own(out);
        });
        r.add("internal.member_2", 2, a -> BoolValue.of(member(null, a[0], a[1])));
        r.add("internal.member_3", 3, a -> BoolValue.of(member(a[0], a[1], a[2])));
    }

    private static boolean member(Value key, Value value, Value collection) {
        if (collection instanceof SetValue s) {
            return (key == null || key.equals(value)) && s.contains(value);
        }
        if (collection instanceof ObjectValue o) {
            if (key != null) {
                return value.equals(o.get(key));
            }
            return o.entries().containsValue(value);
        }
        if (collection instanceof ArrayValue arr) {
            if (key != null) {
                return key instanceof NumberValue n && n.intValue() != null && n.intValue() >= 0
                        && n.intValue() < arr.size() && arr.get(n.intValue()).equals(value);
            }
            return arr.items().contains(value);
        }
        return false;
    }

    private static Value arith(Value[] a, BinaryOperator<BigDecimal> op) {
        return NumberValue.of(op.apply(Args.number(a, 0).value(), Args.number(a, 1).value()));
    }

    private static Value minus(Value[] a) {
        if (a[0] instanceof SetValue s && a[1] instanceof SetValue t) {
            TreeSet<Value> out = new TreeSet<>(s.items());
            out.removeAll(t.items());
            return SetValue.own(out);
        }
        if (a[0] instanceof NumberValue && a[1] instanceof NumberValue) {
            return arith(a, BigDecimal::subtract);
        }
        if (a[0] instanceof NumberValue || a[0] instanceof SetValue) {
            throw Args.typeError(1, a[0] instanceof NumberValue ? "number" : "set", a[1]);
        }
        throw Args.typeError(0, "one of {number, set}", a[0]);
    }

    private static Value div(Value[] a) {
        BigDecimal x = Args.number(a, 0).value();
        BigDecimal y = Args.number(a, 1).value();
        if (y.signum() == 0) {
            throw BuiltinError.of("divide by zero");
        }
        try {
            return NumberValue.of(x.divide(y));
        } catch (ArithmeticException e) {
            // A non-terminating quotient: OPA computes it in floating point, so do the same.
            return NumberValue.of(x.doubleValue() / y.doubleValue());
        }
    }

    private static Value rem(Value[] a) {
        NumberValue x = Args.number(a, 0);
        NumberValue y = Args.number(a, 1);
        if (!x.isInteger() || !y.isInteger()) {
            throw BuiltinError.of("modulo on floating-point number");
        }
        if (y.integer().signum() == 0) {
            throw BuiltinError.of("modulo by zero");
        }
        return NumberValue.of(new BigDecimal(x.integer().remainder(y.integer())));
    }
}
