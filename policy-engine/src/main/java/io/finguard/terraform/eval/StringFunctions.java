package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;
import io.finguard.terraform.Value.Str;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * String functions. Strings are measured and cut in Unicode code points (Terraform uses grapheme clusters; the two
 * differ only for combining sequences and emoji, which do not occur in the names and tags finguard checks).
 */
final class StringFunctions {

    private StringFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("lower", 1, a -> new Str(a.str(0).toLowerCase(Locale.ROOT)));
        t.add("upper", 1, a -> new Str(a.str(0).toUpperCase(Locale.ROOT)));
        t.add("title", 1, a -> new Str(title(a.str(0))));
        t.add("trimspace", 1, a -> new Str(trimSpace(a.str(0))));
        t.add("trim", 2, a -> new Str(trim(a.str(0), a.str(1))));
        t.add("trimprefix", 2, a -> new Str(trimPrefix(a.str(0), a.str(1))));
        t.add("trimsuffix", 2, a -> new Str(trimSuffix(a.str(0), a.str(1))));
        t.add("chomp", 1, a -> new Str(a.str(0).replaceFirst("(\\r\\n|\\r|\\n)+$", "")));
        t.add("indent", 2, a -> new Str(indent(a.integer(0), a.str(1))));
        t.add("strrev", 1, a -> new Str(new StringBuilder(a.str(0)).reverse().toString()));
        t.add("substr", 3, a -> new Str(substr(a.str(0), a.integer(1), a.integer(2))));
        t.add("split", 2, a -> split(a.str(0), a.str(1)));
        t.add("join", 2, FunctionSpec.VARIADIC, StringFunctions::join);
        t.add("startswith", 2, a -> Value.Bool.of(a.str(0).startsWith(a.str(1))));
        t.add("endswith", 2, a -> Value.Bool.of(a.str(0).endsWith(a.str(1))));
        t.add("strcontains", 2, a -> Value.Bool.of(a.str(0).contains(a.str(1))));
        t.add("replace", 3, a -> new Str(replace(a.str(0), a.str(1), a.str(2))));
    }

    /** Go's strings.Title: the first letter of each word upper-cased, words split at non-alphanumerics. */
    static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean atWordStart = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            out.appendCodePoint(atWordStart ? Character.toTitleCase(cp) : cp);
            atWordStart = !(Character.isLetterOrDigit(cp) || cp == '_');
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    static String trim(String s, String cutset) {
        int start = 0;
        int end = s.length();
        while (start < end && cutset.indexOf(s.codePointAt(start)) >= 0) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && cutset.indexOf(s.codePointBefore(end)) >= 0) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    static String trimPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    static String trimSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    /** Prefixes every line but the first, as Terraform does for embedding in an already indented heredoc. */
    static String indent(int spaces, String s) {
        long lines = s.chars().filter(ch -> ch == '\n').count();
        EvalBudget.checkLength(s.length() + lines * Math.max(0, spaces));
        String pad = " ".repeat(Math.max(0, spaces));
        return s.replace("\n", "\n" + pad);
    }

    /**
     * Terraform's substr: a negative offset counts from the end, a length of -1 means "to the end", and an offset
     * past the end gives an empty string rather than an error.
     */
    static String substr(String s, int offset, int length) {
        int[] cps = s.codePoints().toArray();
        int start = offset < 0 ? Math.max(0, cps.length + offset) : offset;
        if (start >= cps.length) {
            return "";
        }
        int end = length < 0 ? cps.length : (int) Math.min((long) start + length, cps.length);
        return new String(cps, start, end - start);
    }

    /** Go's strings.Split: an empty input gives one empty element; an empty separator splits every character. */
    static Value split(String separator, String s) {
        List<Value> parts = new ArrayList<>();
        if (separator.isEmpty()) {
            s.codePoints().forEach(cp -> parts.add(new Str(new String(Character.toChars(cp)))));
            return new Seq(parts, SeqKind.LIST);
        }
        int from = 0;
        while (true) {
            int at = s.indexOf(separator, from);
            if (at < 0) {
                parts.add(new Str(s.substring(from)));
                return new Seq(parts, SeqKind.LIST);
            }
            parts.add(new Str(s.substring(from, at)));
            from = at + separator.length();
        }
    }

    private static Value join(Args a) {
        String separator = a.str(0);
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (int i = 1; i < a.size(); i++) {
            for (Value element : a.seq(i).elements()) {
                if (Conversions.known(element) instanceof Null) {
                    throw new EvalError("cannot join a null element");
                }
                if (!first) {
                    out.append(separator);
                }
                String text = Conversions.toStr(element);
                out.append(text);
                EvalBudget.checkLength(out.length());
                a.budget().chargeBuilt(1, text.length());
                first = false;
            }
        }
        return new Str(out.toString());
    }

    /** A substring wrapped in slashes is a regular expression, as in Terraform. */
    static String replace(String s, String search, String replacement) {
        if (search.length() > 1 && search.startsWith("/") && search.endsWith("/")) {
            return RegexFunctions.compiled(search.substring(1, search.length() - 1)).replaceAll(s, replacement);
        }
        if (search.isEmpty()) {
            // Go's strings.Replace inserts at every boundary for an empty search string
            EvalBudget.checkLength(s.length() + (s.codePointCount(0, s.length()) + 1L) * replacement.length());
            StringBuilder out = new StringBuilder(replacement);
            s.codePoints().forEach(cp -> out.appendCodePoint(cp).append(replacement));
            return out.toString();
        }
        if (replacement.length() > search.length()) {
            EvalBudget.checkLength(s.length() + occurrences(s, search) * (replacement.length() - search.length()));
        }
        return s.replace(search, replacement);
    }

    private static long occurrences(String s, String search) {
        long count = 0;
        for (int at = s.indexOf(search); at >= 0; at = s.indexOf(search, at + search.length())) {
            count++;
        }
        return count;
    }
}
