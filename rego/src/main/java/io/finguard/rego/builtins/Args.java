package io.finguard.rego.builtins;

import io.finguard.rego.value.ArrayValue;
import io.finguard.rego.value.NumberValue;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.SetValue;
import io.finguard.rego.value.StringValue;
import io.finguard.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Operand checks with OPA's wording ("operand 1 must be string but got number"). */
final class Args {
    private Args() {
    }

    static BuiltinError typeError(int i, String expected, Value got) {
        return BuiltinError.type("operand " + (i + 1) + " must be " + expected + " but got " + got.typeName());
    }

    static String string(Value[] a, int i) {
        if (a[i] instanceof StringValue s) {
            return s.value();
        }
        throw typeError(i, "string", a[i]);
    }

    static NumberValue number(Value[] a, int i) {
        if (a[i] instanceof NumberValue n) {
            return n;
        }
        throw typeError(i, "number", a[i]);
    }

    static BigInteger integer(Value[] a, int i) {
        NumberValue n = number(a, i);
        if (!n.isInteger()) {
            throw BuiltinError.type("operand " + (i + 1) + " must be integer number but got floating-point number");
        }
        return n.integer();
    }

    static int intValue(Value[] a, int i) {
        BigInteger b = integer(a, i);
        return b.bitLength() < 32 ? b.intValue() : (b.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE);
    }

    static ArrayValue array(Value[] a, int i) {
        if (a[i] instanceof ArrayValue v) {
            return v;
        }
        throw typeError(i, "array", a[i]);
    }

    static ObjectValue object(Value[] a, int i) {
        if (a[i] instanceof ObjectValue v) {
            return v;
        }
        throw typeError(i, "object", a[i]);
    }

    static SetValue set(Value[] a, int i) {
        if (a[i] instanceof SetValue v) {
            return v;
        }
        throw typeError(i, "set", a[i]);
    }

    /** The items of an array or set operand. */
    static List<Value> collection(Value[] a, int i) {
        if (a[i] instanceof ArrayValue v) {
            return v.items();
        }
        if (a[i] instanceof SetValue s) {
            return new ArrayList<>(s.items());
        }
        throw typeError(i, "one of {array, set}", a[i]);
    }

    /** Strings of an array or set operand. */
    static List<String> strings(Value[] a, int i) {
        List<String> out = new ArrayList<>();
        for (Value v : collection(a, i)) {
            if (!(v instanceof StringValue s)) {
                throw BuiltinError.type("operand " + (i + 1) + " must be array of strings but got array containing "
                        + v.typeName());
            }
            out.add(s.value());
        }
        return out;
    }
}
