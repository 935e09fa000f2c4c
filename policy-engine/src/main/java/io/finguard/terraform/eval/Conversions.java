package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Bool;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Num;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.Str;
import io.finguard.terraform.Value.Unknown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Terraform's automatic type conversions, as the operators, templates and functions apply them: numbers and bools
 * become strings where a string is wanted, {@code "5"} and {@code "true"} become a number and a bool where those
 * are wanted. Every method raises {@link UnknownOperand} on an unknown and {@link EvalError} on a value that does
 * not convert.
 * <p>
 * Public for the few helpers other packages share ({@link #formatNumber}, {@link #parseNumber},
 * {@link #compareKeys}); the rest is the evaluator's.
 */
public final class Conversions {

    /** The number syntax Terraform accepts in a string that converts to a number (no hex, no spaces). */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private Conversions() {
    }

    /** The type name Terraform uses in messages. */
    static String typeName(Value value) {
        if (value instanceof Str) {
            return "string";
        }
        if (value instanceof Num) {
            return "number";
        }
        if (value instanceof Bool) {
            return "bool";
        }
        if (value instanceof Null) {
            return "null";
        }
        if (value instanceof Seq s) {
            return s.kind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (value instanceof Obj o) {
            return o.kind().name().toLowerCase(java.util.Locale.ROOT);
        }
        return "unknown";
    }

    /** "a string", "an object": for messages. */
    static String withArticle(String typeName) {
        return ("aeiou".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
    }

    static Value known(Value value) {
        if (value instanceof Unknown) {
            throw new UnknownOperand();
        }
        return value;
    }

    /** True for string, number and bool. */
    static boolean isPrimitive(Value value) {
        return value instanceof Str || value instanceof Num || value instanceof Bool;
    }

    static String toStr(Value value) {
        Value v = known(value);
        if (v instanceof Str s) {
            return s.value();
        }
        if (v instanceof Num n) {
            return formatNumber(n.value());
        }
        if (v instanceof Bool b) {
            return b.value() ? "true" : "false";
        }
        if (v instanceof Null) {
            throw new EvalError("a null value cannot be used as a string");
        }
        throw new EvalError(withArticle(typeName(v)) + " cannot be converted to a string");
    }

    static BigDecimal toNum(Value value) {
        Value v = known(value);
        if (v instanceof Num n) {
            return n.value();
        }
        if (v instanceof Str s) {
            BigDecimal n = parseNumber(s.value());
            if (n != null) {
                return n;
            }
            throw new EvalError("cannot convert \"" + s.value() + "\" to a number");
        }
        if (v instanceof Null) {
            throw new EvalError("a null value cannot be used as a number");
        }
        throw new EvalError(withArticle(typeName(v)) + " cannot be converted to a number");
    }

    /** The number a string stands for when Terraform converts it, else null ({@code " 5"}, {@code "0x10"}). */
    public static BigDecimal parseNumber(String text) {
        return NUMBER.matcher(text).matches() ? new BigDecimal(text) : null;
    }

    /** A number that must be a whole number fitting in an int: indexes, counts, sizes. */
    static int toInt(Value value) {
        BigDecimal n = toNum(value);
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw new EvalError("a whole number is required, got " + formatNumber(n));
        }
    }

    static long toLong(Value value) {
        BigDecimal n = toNum(value);
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw new EvalError("a whole number is required, got " + formatNumber(n));
        }
    }

    static boolean toBool(Value value) {
        Value v = known(value);
        if (v instanceof Bool b) {
            return b.value();
        }
        if (v instanceof Str s) {
            if (s.value().equals("true")) {
                return true;
            }
            if (s.value().equals("false")) {
                return false;
            }
            throw new EvalError("cannot convert \"" + s.value() + "\" to a bool");
        }
        if (v instanceof Null) {
            throw new EvalError("a null value cannot be used as a bool");
        }
        throw new EvalError(withArticle(typeName(v)) + " cannot be converted to a bool");
    }

    static Seq toSeq(Value value) {
        Value v = known(value);
        if (v instanceof Seq s) {
            return s;
        }
        if (v instanceof Null) {
            throw new EvalError("a null value cannot be used as a list");
        }
        throw new EvalError("a list, set or tuple is required, got " + typeName(v));
    }

    static Obj toObj(Value value) {
        Value v = known(value);
        if (v instanceof Obj o) {
            return o;
        }
        if (v instanceof Null) {
            throw new EvalError("a null value cannot be used as a map");
        }
        throw new EvalError("a map or object is required, got " + typeName(v));
    }

    /**
     * Terraform's number-to-string form: integers without a fraction ({@code 5}, not {@code 5.0}), others in
     * plain notation with no trailing zeros ({@code 1.5}, {@code 0.001}).
     */
    public static String formatNumber(BigDecimal n) {
        if (n.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = n.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString();
    }

    /**
     * Elements of a list, set or map must share one type in Terraform: a mix of strings with numbers or bools
     * becomes all strings, as {@code tolist([1, "a"])} does. Other mixes are left as they are, because finguard
     * does not model full type unification and a rule is better served by the values than by an error.
     */
    static List<Value> unifyPrimitives(List<Value> elements) {
        boolean anyString = false;
        boolean mixed = false;
        Class<?> first = null;
        for (Value e : elements) {
            if (e instanceof Unknown || e instanceof Null) {
                continue;
            }
            if (!isPrimitive(e)) {
                return elements;
            }
            anyString |= e instanceof Str;
            if (first == null) {
                first = e.getClass();
            } else if (first != e.getClass()) {
                mixed = true;
            }
        }
        if (!mixed || !anyString) {
            return elements;
        }
        List<Value> out = new ArrayList<>(elements.size());
        for (Value e : elements) {
            out.add(isPrimitive(e) ? new Str(toStr(e)) : e);
        }
        return out;
    }

    /**
     * Terraform orders object and map keys lexicographically by their UTF-8 bytes, which is code point order
     * (Java's {@code compareTo} compares UTF-16 units and differs for characters beyond the BMP).
     */
    public static int compareKeys(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Keys in the order Terraform iterates them. */
    static List<String> sortedKeys(Obj obj) {
        List<String> keys = new ArrayList<>(obj.entries().keySet());
        keys.sort(Conversions::compareKeys);
        return keys;
    }
}
