package io.finguard.rego.builtins;

import io.finguard.rego.value.ArrayValue;
import io.finguard.rego.value.BoolValue;
import io.finguard.rego.value.NullValue;
import io.finguard.rego.value.NumberValue;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.SetValue;
import io.finguard.rego.value.StringValue;
import io.finguard.rego.value.Value;

/** Type tests ({@code is_string(1)} is false) and {@code type_name}. */
final class Types {
    private Types() {
    }

    static void register(Registry r) {
        r.add("is_number", 1, a -> test(a[0] instanceof NumberValue));
        r.add("is_string", 1, a -> test(a[0] instanceof StringValue));
        r.add("is_boolean", 1, a -> test(a[0] instanceof BoolValue));
        r.add("is_array", 1, a -> test(a[0] instanceof ArrayValue));
        r.add("is_set", 1, a -> test(a[0] instanceof SetValue));
        r.add("is_object", 1, a -> test(a[0] instanceof ObjectValue));
        r.add("is_null", 1, a -> test(a[0] instanceof NullValue));
        r.add("type_name", 1, a -> StringValue.of(a[0].typeName()));
    }

    private static Value test(boolean b) {
        return b ? BoolValue.TRUE : BoolValue.FALSE;
    }
}
