package io.finguard.rego.builtins;

import io.finguard.rego.value.BoolValue;
import io.finguard.rego.value.Json;
import io.finguard.rego.value.NumberValue;
import io.finguard.rego.value.StringValue;
import io.finguard.rego.value.Value;
import io.finguard.rego.value.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/**
 * Go's fmt verbs as OPA's {@code sprintf} applies them to Rego values: {@code %v} prints strings bare and other
 * values in Rego syntax, {@code %d} integers, {@code %f}/{@code %e}/{@code %g} floats, {@code %s}, {@code %q},
 * {@code %x}/{@code %X}, {@code %o}, {@code %b}, {@code %t}, with flags, width and precision.
 */
final class Sprintf {
    private Sprintf() {
    }

    static String format(String fmt, List<Value> args) {
        StringBuilder out = new StringBuilder();
        int argi = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int j = i + 1;
            StringBuilder flags = new StringBuilder();
            while (j < fmt.length() && "+-# 0".indexOf(fmt.charAt(j)) >= 0) {
                flags.append(fmt.charAt(j++));
            }
            int width = -1;
            int ws = j;
            while (j < fmt.length() && Character.isDigit(fmt.charAt(j))) {
                j++;
            }
            if (j > ws) {
                width = Integer.parseInt(fmt.substring(ws, j));
            }
            int precision = -1;
            if (j < fmt.length() && fmt.charAt(j) == '.') {
                j++;
                int ps = j;
                while (j < fmt.length() && Character.isDigit(fmt.charAt(j))) {
                    j++;
                }
                precision = j > ps ? Integer.parseInt(fmt.substring(ps, j)) : 0;
            }
            if (j >= fmt.length()) {
                out.append("%!(NOVERB)");
                break;
            }
            char verb = fmt.charAt(j);
            i = j;
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if (argi >= args.size()) {
                out.append("%!").append(verb).append("(MISSING)");
                continue;
            }
            String s = verb(verb, args.get(argi++), flags.toString(), precision);
            out.append(pad(s, width, flags.toString()));
        }
        if (argi < args.size()) {
            out.append("%!(EXTRA ");
            for (int k = argi; k < args.size(); k++) {
                if (k > argi) {
                    out.append(", ");
                }
                Value v = args.get(k);
                out.append(goType(v)).append('=').append(plain(v));
            }
            out.append(')');
        }
        return out.toString();
    }

    private static String goType(Value v) {
        if (v instanceof StringValue) {
            return "string";
        }
        if (v instanceof NumberValue) {
            return "json.Number";
        }
        return "ast." + v.typeName();
    }

    /** %v: strings bare, everything else as Rego prints it. */
    static String plain(Value v) {
        return v instanceof StringValue s ? s.value() : Values.format(v);
    }

    private static String verb(char verb, Value v, String flags, int precision) {
        switch (verb) {
            case 'v':
                return plain(v);
            case 's':
                return precision >= 0 && plain(v).length() > precision ? plain(v).substring(0, precision) : plain(v);
            case 'q':
                return v instanceof StringValue s ? Json.quote(s.value()) : plain(v);
            case 't':
                return v instanceof BoolValue ? v.toString() : "%!t(" + plain(v) + ")";
            case 'd':
                if (v instanceof NumberValue n && n.isInteger()) {
                    return signed(n.integer().toString(), n.integer().signum(), flags);
                }
                return "%!d(" + (v instanceof NumberValue ? "float64=" : "") + plain(v) + ")";
            case 'x':
            case 'X':
            case 'o':
            case 'b': {
                int radix = verb == 'o' ? 8 : verb == 'b' ? 2 : 16;
                String s;
                if (v instanceof NumberValue n && n.isInteger()) {
                    s = n.integer().toString(radix);
                } else if (v instanceof StringValue str && radix == 16) {
                    StringBuilder hex = new StringBuilder();
                    for (byte b : str.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                        hex.append(String.format("%02x", b));
                    }
                    s = hex.toString();
                } else {
                    return "%!" + verb + "(" + plain(v) + ")";
                }
                return verb == 'X' ? s.toUpperCase(Locale.ROOT) : s;
            }
            case 'f':
            case 'F':
            case 'e':
            case 'E':
            case 'g':
            case 'G': {
                if (!(v instanceof NumberValue n)) {
                    return "%!" + verb + "(" + plain(v) + ")";
                }
                return floating(verb, n.value(), flags, precision);
            }
            default:
                return "%!" + verb + "(" + plain(v) + ")";
        }
    }

    private static String floating(char verb, BigDecimal d, String flags, int precision) {
        String s;
        switch (verb) {
            case 'f', 'F' -> s = d.setScale(precision < 0 ? 6 : precision, java.math.RoundingMode.HALF_EVEN)
                    .toPlainString();
            case 'e', 'E' -> {
                s = String.format(Locale.ROOT, "%." + (precision < 0 ? 6 : precision) + "e", d.doubleValue());
                if (verb == 'E') {
                    s = s.toUpperCase(Locale.ROOT);
                }
            }
            default -> {
                if (precision < 0) {
                    double x = d.doubleValue();
                    s = x == Math.rint(x) && Math.abs(x) < 1e21 ? new BigDecimal(d.toBigInteger()).toPlainString()
                            : Double.toString(x);
                    if (s.contains("E")) {
                        s = s.replace("E", "e+").replace("e+-", "e-");
                    }
                } else {
                    s = new BigDecimal(d.toString()).round(new java.math.MathContext(Math.max(precision, 1)))
                            .stripTrailingZeros().toString();
                }
            }
        }
        return signed(s, d.signum(), flags);
    }

    private static String signed(String s, int signum, String flags) {
        if (signum >= 0 && flags.contains("+")) {
            return "+" + s;
        }
        if (signum >= 0 && flags.contains(" ")) {
            return " " + s;
        }
        return s;
    }

    private static String pad(String s, int width, String flags) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        String fill = (flags.contains("0") && !flags.contains("-") ? "0" : " ").repeat(width - len);
        if (flags.contains("-")) {
            return s + " ".repeat(width - len);
        }
        if (fill.startsWith("0") && (s.startsWith("-") || s.startsWith("+"))) {
            return s.charAt(0) + fill + s.substring(1);
        }
        return fill + s;
    }

}
