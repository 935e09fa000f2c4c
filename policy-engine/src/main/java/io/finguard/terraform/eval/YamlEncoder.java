package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Bool;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Num;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.Str;

import java.util.List;

/**
 * {@code yamlencode} in Terraform's block style: keys sorted and double-quoted, strings double-quoted, sequences
 * under a key not indented, two spaces per nesting level. Strings always use the double-quoted style (Terraform
 * writes multi-line strings as literal blocks); the YAML means the same.
 */
final class YamlEncoder {

    private YamlEncoder() {
    }

    static String encode(Value value) {
        StringBuilder out = new StringBuilder();
        if (isEmptyOrScalar(value)) {
            out.append(scalar(value)).append('\n');
        } else {
            block(value, 0, out);
        }
        return out.toString();
    }

    private static boolean isEmptyOrScalar(Value raw) {
        Value v = Conversions.known(raw);
        if (v instanceof Seq s) {
            return s.elements().isEmpty();
        }
        if (v instanceof Obj o) {
            return o.entries().isEmpty();
        }
        return true;
    }

    private static String scalar(Value raw) {
        Value v = Conversions.known(raw);
        if (v instanceof Null) {
            return "null";
        }
        if (v instanceof Bool b) {
            return String.valueOf(b.value());
        }
        if (v instanceof Num n) {
            return Conversions.formatNumber(n.value());
        }
        if (v instanceof Str s) {
            return FormatFunctions.quote(s.value());
        }
        return v instanceof Seq ? "[]" : "{}";
    }

    /** Writes a non-empty collection whose first line continues the current one at column {@code indent}. */
    private static void block(Value value, int indent, StringBuilder out) {
        String pad = " ".repeat(indent);
        boolean first = true;
        if (value instanceof Seq seq) {
            for (Value element : seq.elements()) {
                // as for JSON: a value holding one large part many times over has a larger text than itself
                EvalBudget.checkLength(out.length());
                out.append(first ? "" : pad).append("- ");
                item(element, indent + 2, out);
                first = false;
            }
            return;
        }
        Obj obj = (Obj) value;
        List<String> keys = Conversions.sortedKeys(obj);
        for (String key : keys) {
            EvalBudget.checkLength(out.length());
            out.append(first ? "" : pad).append(FormatFunctions.quote(key)).append(':');
            Value element = Conversions.known(obj.get(key));
            if (isEmptyOrScalar(element)) {
                out.append(' ').append(scalar(element)).append('\n');
            } else {
                out.append('\n');
                // a sequence under a key starts at the key's column; a mapping is indented
                int childIndent = element instanceof Seq ? indent : indent + 2;
                out.append(" ".repeat(childIndent));
                block(element, childIndent, out);
            }
            first = false;
        }
    }

    private static void item(Value raw, int indent, StringBuilder out) {
        Value element = Conversions.known(raw);
        if (isEmptyOrScalar(element)) {
            out.append(scalar(element)).append('\n');
        } else {
            block(element, indent, out);
        }
    }
}
