package io.finguard.terraform.types;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Bool;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Num;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;
import io.finguard.terraform.Value.Str;
import io.finguard.terraform.Value.Unknown;
import io.finguard.terraform.eval.Conversions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The elements of a set in the order Terraform prints them, without duplicates. cty sorts strings, numbers and
 * bools by value; any other element type by the text cty hashes it by ({@code <"a";1;>} for an object), compared
 * byte by byte, which is what {@code terraform console} and plans show (found by recording them: the test cases
 * hold sets of objects, lists, maps and tuples). Unknown elements come last; since they may equal a known one,
 * they are all kept.
 */
final class SetOrder {

    private static final MathContext TEN_DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);

    private SetOrder() {
    }

    static List<Value> distinctSorted(List<Value> elements, TypeConstraint elementType) {
        Map<String, Value> distinct = new LinkedHashMap<>();
        List<Value> unknown = new ArrayList<>();
        for (Value element : elements) {
            if (element instanceof Unknown) {
                unknown.add(element);
            } else {
                distinct.putIfAbsent(identity(element), element);
            }
        }
        List<Value> sorted = new ArrayList<>(distinct.values());
        Comparator<Value> order = primitiveOrder(elementType);
        if (order != null) {
            sorted.sort(order);
        } else {
            sorted = byHashText(sorted);
        }
        sorted.addAll(unknown);
        return sorted;
    }

    /** Sorted by hash text, each text built once. */
    private static List<Value> byHashText(List<Value> values) {
        record Keyed(String text, Value value) {
        }
        List<Keyed> keyed = new ArrayList<>(values.size());
        values.forEach(v -> keyed.add(new Keyed(hashText(v), v)));
        keyed.sort((a, b) -> Conversions.compareKeys(a.text(), b.text()));
        List<Value> sorted = new ArrayList<>(values.size());
        keyed.forEach(k -> sorted.add(k.value()));
        return sorted;
    }

    /** The order of a set of primitives, or null for any other element type. */
    private static Comparator<Value> primitiveOrder(TypeConstraint elementType) {
        if (elementType == TypeConstraint.Primitive.STRING) {
            return nullsLast((a, b) -> Conversions.compareKeys(((Str) a).value(), ((Str) b).value()));
        }
        if (elementType == TypeConstraint.Primitive.NUMBER) {
            return nullsLast((a, b) -> ((Num) a).value().compareTo(((Num) b).value()));
        }
        if (elementType == TypeConstraint.Primitive.BOOL) {
            return nullsLast((a, b) -> Boolean.compare(((Bool) a).value(), ((Bool) b).value()));
        }
        return null;
    }

    private static Comparator<Value> nullsLast(Comparator<Value> known) {
        return (a, b) -> {
            if (a instanceof Null || b instanceof Null) {
                return Boolean.compare(a instanceof Null, b instanceof Null);
            }
            return known.compare(a, b);
        };
    }

    /** Equal values, and only they, have the same identity (numbers by value: 1 and 1.0 are one element). */
    private static String identity(Value value) {
        StringBuilder text = new StringBuilder();
        append(value, text, true);
        return text.toString();
    }

    static String hashText(Value value) {
        StringBuilder text = new StringBuilder();
        append(value, text, false);
        return text.toString();
    }

    /** cty's {@code appendSetHashBytes}; {@code exact} writes numbers in full instead of cty's ten digits. */
    private static void append(Value value, StringBuilder out, boolean exact) {
        if (value instanceof Null) {
            out.append('~');
        } else if (value instanceof Unknown) {
            out.append('?');
        } else if (value instanceof Num n) {
            out.append(exact ? Conversions.formatNumber(n.value()) : goFloatText(n.value()));
        } else if (value instanceof Bool b) {
            out.append(b.value() ? 'T' : 'F');
        } else if (value instanceof Str s) {
            GoQuote.append(s.value(), out);
        } else if (value instanceof Seq seq) {
            boolean tuple = seq.kind() == SeqKind.TUPLE;
            out.append(tuple ? '<' : '[');
            for (Value element : seq.elements()) {
                append(element, out, exact);
                out.append(';');
            }
            out.append(tuple ? '>' : ']');
        } else if (value instanceof Obj obj) {
            boolean map = obj.kind() == Value.ObjKind.MAP;
            out.append(map ? '{' : '<');
            for (String key : Sorting.keys(obj)) {
                if (map) {
                    GoQuote.append(key, out);
                    out.append(':');
                }
                append(obj.get(key), out, exact);
                out.append(';');
            }
            out.append(map ? '}' : '>');
        }
    }

    /**
     * Go's {@code big.Float.String()}, which is {@code Text('g', 10)}: ten significant digits, in exponent form
     * ({@code 1e+21}) when the exponent is below -4 or at least the number of digits needed.
     */
    static String goFloatText(BigDecimal n) {
        if (n.signum() == 0) {
            return "0";
        }
        BigDecimal rounded = n.round(TEN_DIGITS).stripTrailingZeros();
        String digits = rounded.unscaledValue().abs().toString();
        int count = digits.length();
        // the value is 0.<digits> times ten to the power decimalPoint
        int decimalPoint = count - rounded.scale();
        int exponentLimit = 10;
        if (exponentLimit > count && count >= decimalPoint) {
            exponentLimit = count;
        }
        int exponent = decimalPoint - 1;
        String sign = rounded.signum() < 0 ? "-" : "";
        if (exponent < -4 || exponent >= exponentLimit) {
            String mantissa = count == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int magnitude = Math.abs(exponent);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + magnitude;
        }
        return rounded.toPlainString();
    }
}
