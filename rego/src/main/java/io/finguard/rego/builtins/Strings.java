package io.finguard.rego.builtins;

import io.finguard.rego.value.ArrayValue;
import io.finguard.rego.value.BoolValue;
import io.finguard.rego.value.NumberValue;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.SetValue;
import io.finguard.rego.value.StringValue;
import io.finguard.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** String builtins. Positions and lengths count code points, as OPA counts runes. */
final class Strings {
    private Strings() {
    }

    static void register(Registry r) {
        r.add("concat", 2, a -> StringValue.of(String.join(Args.string(a, 0), Args.strings(a, 1))));
        r.add("contains", 2, a -> BoolValue.of(Args.string(a, 0).contains(Args.string(a, 1))));
        r.add("startswith", 2, a -> BoolValue.of(Args.string(a, 0).startsWith(Args.string(a, 1))));
        r.add("endswith", 2, a -> BoolValue.of(Args.string(a, 0).endsWith(Args.string(a, 1))));
        r.add("lower", 1, a -> StringValue.of(Args.string(a, 0).toLowerCase(Locale.ROOT)));
        r.add("upper", 1, a -> StringValue.of(Args.string(a, 0).toUpperCase(Locale.ROOT)));
        r.add("split", 2, a -> split(Args.string(a, 0), Args.string(a, 1), -1));
        r.add("strings.split_n", 3, a -> {
            // n > 0: the first n parts; n < 0: the last -n parts; 0: none.
            List<Value> parts = ((ArrayValue) split(Args.string(a, 0), Args.string(a, 1), -1)).items();
            int n = Args.intValue(a, 2);
            int count = Math.min(Math.abs(n), parts.size());
            return ArrayValue.of(n >= 0 ? parts.subList(0, count) : parts.subList(parts.size() - count,
                    parts.size()));
        });
        r.add("replace", 3, a -> StringValue.of(replace(Args.string(a, 0), Args.string(a, 1), Args.string(a, 2))));
        r.add("strings.replace_n", 2, Strings::replaceN);
        r.add("trim", 2, a -> StringValue.of(trim(Args.string(a, 0), Args.string(a, 1), true, true)));
        r.add("trim_left", 2, a -> StringValue.of(trim(Args.string(a, 0), Args.string(a, 1), true, false)));
        r.add("trim_right", 2, a -> StringValue.of(trim(Args.string(a, 0), Args.string(a, 1), false, true)));
        r.add("trim_prefix", 2, a -> {
            String s = Args.string(a, 0);
            String p = Args.string(a, 1);
            return StringValue.of(s.startsWith(p) ? s.substring(p.length()) : s);
        });
        r.add("trim_suffix", 2, a -> {
            String s = Args.string(a, 0);
            String p = Args.string(a, 1);
            return StringValue.of(s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s);
        });
        r.add("trim_space", 1, a -> StringValue.of(Args.string(a, 0).strip()));
        r.add("indexof", 2, a -> {
            String s = Args.string(a, 0);
            int i = s.indexOf(Args.string(a, 1));
            return NumberValue.of(i < 0 ? -1 : s.codePointCount(0, i));
        });
        r.add("indexof_n", 2, a -> {
            String s = Args.string(a, 0);
            String needle = Args.string(a, 1);
            List<Value> out = new ArrayList<>();
            for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
                out.add(NumberValue.of(s.codePointCount(0, i)));
                if (needle.isEmpty() && i >= s.length()) {
                    break;
                }
            }
            return ArrayValue.of(out);
        });
        r.add("substring", 3, Strings::substring);
        r.add("sprintf", 2, a -> StringValue.of(Sprintf.format(Args.string(a, 0), Args.array(a, 1).items())));
        r.add("format_int", 2, a -> {
            NumberValue n = Args.number(a, 0);
            int base = Args.intValue(a, 1);
            if (base != 2 && base != 8 && base != 10 && base != 16) {
                throw BuiltinError.of("operand 2 must be one of {2, 8, 10, 16}");
            }
            BigInteger i = n.value().toBigInteger();
            return StringValue.of(i.toString(base));
        });
        r.add("strings.reverse", 1, a -> StringValue.of(new StringBuilder(Args.string(a, 0)).reverse().toString()));
        r.add("strings.count", 2, a -> {
            String s = Args.string(a, 0);
            String sub = Args.string(a, 1);
            if (sub.isEmpty()) {
                return NumberValue.of(s.codePointCount(0, s.length()) + 1);
            }
            int n = 0;
            for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
                n++;
            }
            return NumberValue.of(n);
        });
        r.add("strings.any_prefix_match", 2, a -> anyMatch(a, true));
        r.add("strings.any_suffix_match", 2, a -> anyMatch(a, false));
    }

    private static Value split(String s, String sep, int n) {
        List<Value> out = new ArrayList<>();
        if (n == 0) {
            return ArrayValue.EMPTY;
        }
        if (sep.isEmpty()) {
            int[] cps = s.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                if (n > 0 && out.size() == n - 1) {
                    out.add(StringValue.of(new String(cps, i, cps.length - i)));
                    break;
                }
                out.add(StringValue.of(new String(cps, i, 1)));
            }
            return ArrayValue.of(out);
        }
        int start = 0;
        while (true) {
            int i = s.indexOf(sep, start);
            if (i < 0 || (n > 0 && out.size() == n - 1)) {
                out.add(StringValue.of(s.substring(start)));
                break;
            }
            out.add(StringValue.of(s.substring(start, i)));
            start = i + sep.length();
        }
        return ArrayValue.of(out);
    }

    /** Go's strings.Replace: an empty pattern matches between every rune. */
    private static String replace(String s, String old, String with) {
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder(with);
            s.codePoints().forEach(cp -> sb.appendCodePoint(cp).append(with));
            return sb.toString();
        }
        return s.replace(old, with);
    }

    /** Replaces every key of the pattern object by its value, leftmost match first, like Go's strings.Replacer. */
    private static Value replaceN(Value[] a) {
        ObjectValue patterns = Args.object(a, 0);
        String s = Args.string(a, 1);
        List<String[]> pairs = new ArrayList<>();
        for (Map.Entry<Value, Value> e : patterns.entries().entrySet()) {
            if (!(e.getKey() instanceof StringValue k)) {
                throw BuiltinError.type("operand 1 non-string key found in pattern object");
            }
            if (!(e.getValue() instanceof StringValue v)) {
                throw BuiltinError.type("operand 1 non-string value found in pattern object");
            }
            pairs.add(new String[] {k.value(), v.value()});
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        // Go's generic Replacer: at each position the first key (in key order) that matches wins; an empty key
        // matches everywhere, but not twice in a row at the same position.
        boolean prevEmpty = false;
        outer:
        while (i <= s.length()) {
            for (String[] p : pairs) {
                if ((!p[0].isEmpty() || !prevEmpty) && s.startsWith(p[0], i)) {
                    sb.append(p[1]);
                    i += p[0].length();
                    prevEmpty = p[0].isEmpty();
                    continue outer;
                }
            }
            prevEmpty = false;
            if (i < s.length()) {
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            } else {
                i++;
            }
        }
        return StringValue.of(sb.toString());
    }

    private static String trim(String s, String cutset, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        while (left && start < end && cutset.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (right && end > start && cutset.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    private static Value substring(Value[] a) {
        String s = Args.string(a, 0);
        int start = Args.intValue(a, 1);
        int length = Args.intValue(a, 2);
        if (start < 0) {
            throw BuiltinError.of("negative offset");
        }
        int[] cps = s.codePoints().toArray();
        if (start >= cps.length) {
            return StringValue.of("");
        }
        int end = length < 0 || start + (long) length > cps.length ? cps.length : start + length;
        return StringValue.of(new String(cps, start, end - start));
    }

    private static Value anyMatch(Value[] a, boolean prefix) {
        List<String> subjects = oneOrMany(a, 0);
        List<String> affixes = oneOrMany(a, 1);
        for (String s : subjects) {
            for (String x : affixes) {
                if (prefix ? s.startsWith(x) : s.endsWith(x)) {
                    return BoolValue.TRUE;
                }
            }
        }
        return BoolValue.FALSE;
    }

    private static List<String> oneOrMany(Value[] a, int i) {
        if (a[i] instanceof StringValue s) {
            return List.of(s.value());
        }
        if (a[i] instanceof ArrayValue || a[i] instanceof SetValue) {
            return Args.strings(a, i);
        }
        throw Args.typeError(i, "one of {string, set, array}", a[i]);
    }

}
