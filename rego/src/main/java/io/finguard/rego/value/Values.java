package io.finguard.rego.value;

import java.util.List;
import java.util.Map;

/** Shared helpers for comparing and printing values. */
public final class Values {
    private Values() {
    }

    static int compareLists(List<Value> a, List<Value> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** The value in Rego term syntax, as OPA prints it (and as {@code sprintf("%v")} shows composites). */
    public static String format(Value v) {
        StringBuilder sb = new StringBuilder();
        format(v, sb);
        return sb.toString();
    }

    private static void format(Value v, StringBuilder sb) {
        if (v instanceof ArrayValue a) {
            sb.append('[');
            joinValues(a.items(), sb);
            sb.append(']');
        } else if (v instanceof SetValue s) {
            if (s.size() == 0) {
                sb.append("set()");
                return;
            }
            sb.append('{');
            joinValues(List.copyOf(s.items()), sb);
            sb.append('}');
        } else if (v instanceof ObjectValue o) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                format(e.getKey(), sb);
                sb.append(": ");
                format(e.getValue(), sb);
            }
            sb.append('}');
        } else {
            sb.append(v);
        }
    }

    private static void joinValues(List<Value> items, StringBuilder sb) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            format(items.get(i), sb);
        }
    }

    /** Truthiness of an expression's value: everything but {@code false} makes an expression true. */
    public static boolean isFalse(Value v) {
        return v instanceof BoolValue b && !b.value();
    }
}
