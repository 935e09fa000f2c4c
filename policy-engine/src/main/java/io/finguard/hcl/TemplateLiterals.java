package io.finguard.hcl;

/**
 * Turns the source text of template literal tokens into their values: backslash escapes in quoted strings,
 * {@code $${} and {@code %%{} everywhere, and the whitespace trimming of strip markers.
 */
final class TemplateLiterals {

    private TemplateLiterals() {
    }

    /**
     * Decodes a literal of a quoted string. A bad escape is reported at its backslash and kept as written, so the
     * rest of the value is still usable.
     */
    static String decodeQuoted(TokenStream tokens, int start, int end, ParseContext ctx) {
        Diagnostics diagnostics = ctx.diagnostics;
        String text = tokens.text();
        int firstSpecial = -1;
        for (int i = start; i < end; i++) {
            char ch = text.charAt(i);
            if (ch == '\\' || ch == '$' || ch == '%') {
                firstSpecial = i;
                break;
            }
        }
        if (firstSpecial < 0) {
            return ctx.names.get(text, start, end);
        }
        StringBuilder out = new StringBuilder(end - start);
        out.append(text, start, firstSpecial);
        int i = firstSpecial;
        while (i < end) {
            char ch = text.charAt(i);
            if (ch == '\\') {
                i = decodeEscape(tokens, i, end, out, diagnostics);
            } else if ((ch == '$' || ch == '%') && isDoubledSequence(text, i, end)) {
                out.append(ch).append('{');
                i += 3;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    /** Decodes a heredoc or bare-template literal: no backslash escapes there, only {@code $${} and {@code %%{}. */
    static String decodeUnquoted(String text, int start, int end) {
        int i = start;
        StringBuilder out = null;
        int copied = start;
        while (i < end) {
            char ch = text.charAt(i);
            if ((ch == '$' || ch == '%') && isDoubledSequence(text, i, end)) {
                if (out == null) {
                    out = new StringBuilder(end - start);
                }
                out.append(text, copied, i).append(ch).append('{');
                i += 3;
                copied = i;
            } else {
                i++;
            }
        }
        if (out == null) {
            return text.substring(start, end);
        }
        return out.append(text, copied, end).toString();
    }

    private static boolean isDoubledSequence(String text, int i, int end) {
        return i + 2 < end && text.charAt(i + 1) == text.charAt(i) && text.charAt(i + 2) == '{';
    }

    private static int decodeEscape(TokenStream tokens, int i, int end, StringBuilder out, Diagnostics diagnostics) {
        String text = tokens.text();
        if (i + 1 >= end) {
            diagnostics.reportAt(tokens, i, "a backslash at the end of a string must be escaped as '\\\\'");
            out.append('\\');
            return i + 1;
        }
        char next = text.charAt(i + 1);
        switch (next) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u', 'U' -> {
                int digits = next == 'u' ? 4 : 8;
                int codePoint = hexValue(text, i + 2, Math.min(end, i + 2 + digits));
                if (codePoint < 0 || i + 2 + digits > end || !Character.isValidCodePoint(codePoint)) {
                    diagnostics.reportAt(tokens, i, "invalid escape sequence: '\\" + next + "' must be followed by "
                            + digits + " hexadecimal digits of a Unicode code point");
                    out.append('\\').append(next);
                    return i + 2;
                }
                out.appendCodePoint(codePoint);
                return i + 2 + digits;
            }
            default -> {
                diagnostics.reportAt(tokens, i, "invalid escape sequence '\\" + next
                        + "': valid are \\n \\r \\t \\\" \\\\ \\uNNNN \\UNNNNNNNN, and '\\\\' for a backslash");
                out.append('\\').append(next);
            }
        }
        return i + 2;
    }

    private static int hexValue(String text, int from, int to) {
        if (from >= to) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            if (value > (Integer.MAX_VALUE >> 4)) {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == 0x0b || ch == 0x85
                || ch == 0xa0 || Character.isSpaceChar(ch);
    }

    static String trimLeading(String value) {
        int i = 0;
        while (i < value.length() && isSpace(value.charAt(i))) {
            i++;
        }
        return value.substring(i);
    }

    static String trimTrailing(String value) {
        int i = value.length();
        while (i > 0 && isSpace(value.charAt(i - 1))) {
            i--;
        }
        return value.substring(0, i);
    }
}
