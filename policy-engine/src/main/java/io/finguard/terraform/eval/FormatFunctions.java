package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Bool;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Num;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;
import io.finguard.terraform.Value.Str;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code format} and {@code formatlist}: Go's printf verbs as Terraform supports them ({@code %v %s %q %d %t
 * %f %e %g %x %X %o %b %%}, flags {@code - + 0 space #}, width, precision and {@code %[n]} argument indexes).
 */
final class FormatFunctions {

    private FormatFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("format", 1, FunctionSpec.VARIADIC, a -> new Str(format(a.str(0), a.all().subList(1, a.size()))));
        t.add("formatlist", 1, FunctionSpec.VARIADIC, FormatFunctions::formatlist);
    }

    /**
     * List arguments are walked in step (they must have one length), other arguments repeat on every line; with
     * no list argument at all the result has one element.
     */
    private static Value formatlist(Args a) {
        String spec = a.str(0);
        int length = -1;
        for (int i = 1; i < a.size(); i++) {
            if (a.known(i) instanceof Seq seq) {
                int n = seq.elements().size();
                if (length >= 0 && n != length) {
                    throw new EvalError("all list arguments must have the same length; argument " + i + " has "
                            + n + " elements, an earlier one " + length);
                }
                length = n;
            }
        }
        length = Math.max(length, 1);
        List<Value> lines = new ArrayList<>(length);
        for (int line = 0; line < length; line++) {
            List<Value> lineArgs = new ArrayList<>(a.size() - 1);
            for (int i = 1; i < a.size(); i++) {
                lineArgs.add(a.raw(i) instanceof Seq seq ? seq.elements().get(line) : a.raw(i));
            }
            String text = format(spec, lineArgs);
            // every line is a new string: the root's budget bounds them all together
            a.budget().chargeBuilt(0, text.length());
            lines.add(new Str(text));
        }
        return new Seq(lines, SeqKind.LIST);
    }

    static String format(String spec, List<Value> args) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        int used = 0;
        int i = 0;
        while (i < spec.length()) {
            char c = spec.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < spec.length() && spec.charAt(i + 1) == '%') {
                out.append('%');
                i += 2;
                continue;
            }
            Verb verb = Verb.parse(spec, i + 1);
            int argIndex = verb.argIndex >= 0 ? verb.argIndex : next;
            if (argIndex >= args.size()) {
                throw new EvalError("not enough arguments for \"%" + verb.text + "\" at " + i + ": need index "
                        + argIndex + " but have " + args.size() + " total");
            }
            out.append(verb.apply(args.get(argIndex)));
            EvalBudget.checkLength(out.length());
            next = argIndex + 1;
            used = Math.max(used, next);
            i = verb.end;
        }
        if (used < args.size()) {
            throw new EvalError("too many arguments; only " + used + " used by format string");
        }
        return out.toString();
    }

    /** One parsed {@code %...} directive. */
    private static final class Verb {
        boolean minus;
        boolean plus;
        boolean zero;
        boolean space;
        boolean sharp;
        int width = -1;
        int precision = -1;
        int argIndex = -1;
        char conversion;
        int end;
        String text;

        static Verb parse(String spec, int start) {
            Verb v = new Verb();
            int i = start;
            for (; i < spec.length(); i++) {
                char f = spec.charAt(i);
                if (f == '-') {
                    v.minus = true;
                } else if (f == '+') {
                    v.plus = true;
                } else if (f == '0') {
                    v.zero = true;
                } else if (f == ' ') {
                    v.space = true;
                } else if (f == '#') {
                    v.sharp = true;
                } else {
                    break;
                }
            }
            if (i < spec.length() && spec.charAt(i) == '[') {
                int close = spec.indexOf(']', i);
                if (close < 0) {
                    throw new EvalError("unclosed argument index in format string at " + i);
                }
                v.argIndex = parseIndex(spec.substring(i + 1, close)) - 1;
                i = close + 1;
            }
            int widthStart = i;
            while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i > widthStart) {
                v.width = padding(spec.substring(widthStart, i));
            }
            if (i < spec.length() && spec.charAt(i) == '.') {
                int precisionStart = ++i;
                while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                    i++;
                }
                v.precision = i > precisionStart ? padding(spec.substring(precisionStart, i)) : 0;
            }
            if (i >= spec.length()) {
                throw new EvalError("format string ends in the middle of a verb");
            }
            v.conversion = spec.charAt(i);
            v.end = i + 1;
            v.text = spec.substring(start, v.end);
            return v;
        }

        private static int parseIndex(String text) {
            try {
                int n = Integer.parseInt(text);
                if (n < 1) {
                    throw new EvalError("argument index must be 1 or more, got " + n);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new EvalError("invalid argument index [" + text + "] in format string");
            }
        }

        String apply(Value raw) {
            Value value = Conversions.known(raw);
            String body = switch (conversion) {
                case 'v' -> sharp ? JsonCodec.encode(value) : defaultForm(value);
                case 's' -> truncate(Conversions.toStr(nonNull(value)));
                case 'q' -> quote(Conversions.toStr(nonNull(value)));
                case 't' -> String.valueOf(Conversions.toBool(nonNull(value)));
                case 'd' -> signed(integer(value).toString());
                case 'b' -> signed(integer(value).toString(2));
                case 'o' -> signed((sharp ? "0" : "") + integer(value).toString(8));
                case 'x' -> signed((sharp ? "0x" : "") + integer(value).toString(16));
                case 'X' -> signed((sharp ? "0X" : "") + integer(value).toString(16).toUpperCase(Locale.ROOT));
                case 'f', 'F' -> signed(Conversions.toNum(nonNull(value)).abs()
                        .setScale(precision < 0 ? 6 : precision, RoundingMode.HALF_EVEN).toPlainString(),
                        Conversions.toNum(value).signum() < 0);
                case 'e', 'E', 'g', 'G' -> scientific(Conversions.toNum(nonNull(value)));
                default -> throw new EvalError("unsupported format verb %" + conversion);
            };
            return pad(body);
        }

        private Value nonNull(Value value) {
            if (value instanceof Null) {
                throw new EvalError("unsupported value for \"%" + text + "\": null value cannot be formatted");
            }
            return value;
        }

        /** %v: strings as they are, numbers and bools in their string form, null and collections as JSON. */
        private String defaultForm(Value value) {
            if (value instanceof Str || value instanceof Num || value instanceof Bool) {
                return truncate(Conversions.toStr(value));
            }
            if (value instanceof Seq || value instanceof Obj || value instanceof Null) {
                return JsonCodec.encode(value);
            }
            return Conversions.toStr(value);
        }

        private String truncate(String s) {
            if (precision < 0 || s.codePointCount(0, s.length()) <= precision) {
                return s;
            }
            return s.substring(0, s.offsetByCodePoints(0, precision));
        }

        private BigInteger integer(Value value) {
            BigDecimal n = Conversions.toNum(nonNull(value));
            try {
                return n.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw new EvalError("unsupported value for \"%" + text + "\": a whole number is required, got "
                        + Conversions.formatNumber(n));
            }
        }

        private String signed(String digits) {
            boolean negative = digits.startsWith("-");
            return signed(negative ? digits.substring(1) : digits, negative);
        }

        /** Adds the sign and, with the 0 flag, zeros between the sign and the digits up to the width. */
        private String signed(String digits, boolean negative) {
            String sign = negative ? "-" : plus ? "+" : space ? " " : "";
            if (zero && !minus && width > 0) {
                int missing = width - sign.length() - digits.length();
                if (missing > 0) {
                    digits = "0".repeat(missing) + digits;
                }
            }
            return sign + digits;
        }

        private String scientific(BigDecimal n) {
            char lower = Character.toLowerCase(conversion);
            if (lower == 'g' && precision < 0) {
                // Go's %g without precision is the shortest exact form: plain unless the exponent is large
                int exponent = n.precision() - n.scale() - 1;
                if (n.signum() == 0 || (exponent >= -4 && exponent < 21)) {
                    return signed(Conversions.formatNumber(n));
                }
            }
            String pattern = "%" + (precision >= 0 ? "." + precision : "") + lower;
            // Java, like Go, writes at least two exponent digits ("1.000000e+06")
            String s = signed(String.format(Locale.ROOT, pattern, n));
            return Character.isUpperCase(conversion) ? s.toUpperCase(Locale.ROOT) : s;
        }

        private String pad(String body) {
            int length = body.codePointCount(0, body.length());
            if (width <= length) {
                return body;
            }
            String padding = " ".repeat(width - length);
            return minus ? body + padding : padding + body;
        }
    }

    /** A width or precision: within what a string may hold, since it is how many characters to write. */
    private static int padding(String digits) {
        long n = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
        EvalBudget.checkLength(n);
        return (int) n;
    }

    /** Go's %q: a double-quoted string with Go escapes. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case 0x0B -> out.append("\\v");
                default -> {
                    if (cp < 0x20 || cp == 0x7F) {
                        out.append(String.format(Locale.ROOT, "\\x%02x", cp));
                    } else if (!Character.isDefined(cp) || Character.getType(cp) == Character.FORMAT) {
                        out.append(String.format(Locale.ROOT, cp > 0xFFFF ? "\\U%08x" : "\\u%04x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
