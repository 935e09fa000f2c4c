package io.finguard.rego.builtins;

import io.finguard.rego.value.ArrayValue;
import io.finguard.rego.value.BoolValue;
import io.finguard.rego.value.NumberValue;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.SetValue;
import io.finguard.rego.value.StringValue;
import io.finguard.rego.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code count}, {@code sum}, {@code product}, {@code max}, {@code min}, {@code sort}, {@code all}, {@code any}. */
final class Aggregates {
    private Aggregates() {
    }

    static void register(Registry r) {
        r.add("count", 1, a -> {
            Value v = a[0];
            if (v instanceof StringValue s) {
                return NumberValue.of(s.value().codePointCount(0, s.value().length()));
            }
            if (v instanceof ArrayValue x) {
                return NumberValue.of(x.size());
            }
            if (v instanceof SetValue x) {
                return NumberValue.of(x.size());
            }
            if (v instanceof ObjectValue x) {
                return NumberValue.of(x.size());
            }
            throw Args.typeError(0, "one of {array, object, set, string}", v);
        });
        r.add("sum", 1, a -> fold(a, BigDecimal.ZERO, true));
        r.add("product", 1, a -> fold(a, BigDecimal.ONE, false));
        r.add("max", 1, a -> {
            List<Value> items = Args.collection(a, 0);
            return items.isEmpty() ? null : Collections.max(items);
        });
        r.add("min", 1, a -> {
            List<Value> items = Args.collection(a, 0);
            return items.isEmpty() ? null : Collections.min(items);
        });
        r.add("sort", 1, a -> {
            List<Value> items = new ArrayList<>(Args.collection(a, 0));
            Collections.sort(items);
            return ArrayValue.of(items);
        });
        r.add("all", 1, a -> {
            for (Value v : Args.collection(a, 0)) {
                if (!v.equals(BoolValue.TRUE)) {
                    return BoolValue.FALSE;
                }
            }
            return BoolValue.TRUE;
        });
        r.add("any", 1, a -> BoolValue.of(Args.collection(a, 0).contains(BoolValue.TRUE)));
    }

    private static Value fold(Value[] a, BigDecimal start, boolean add) {
        BigDecimal acc = start;
        for (Value v : Args.collection(a, 0)) {
            if (!(v instanceof NumberValue n)) {
                throw BuiltinError.type("operand 1 must be one of {set, array} containing numbers but got "
                        + v.typeName());
            }
            acc = add ? acc.add(n.value()) : acc.multiply(n.value());
        }
        return NumberValue.of(acc);
    }
}
