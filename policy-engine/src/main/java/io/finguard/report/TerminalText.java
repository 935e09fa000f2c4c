package io.finguard.report;

/**
 * Text from scanned files and findings made safe for a terminal: control characters (an ESC could restyle or
 * rewrite the screen) and bidirectional overrides (which can make code read differently than it runs) are shown
 * as visible escapes (backslash, 'u', four hex digits) instead of being interpreted; tabs become two spaces so
 * that excerpts stay aligned.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String clean(String text) {
        return clean(text, false);
    }

    /**
     * Like {@link #clean}, but CR and LF stay as they are, for formats that carry a message's lines in their own way
     * (GitHub's {@code %0D%0A}, Markdown's {@code <br>}).
     */
    static String cleanKeepingLineBreaks(String text) {
        return clean(text, true);
    }

    private static String clean(String text, boolean keepLineBreaks) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = keepLineBreaks && (c == '\n' || c == '\r');
            String replacement = c == '\t' ? "  " : !lineBreak && unsafe(c) ? String.format("\\u%04X", (int) c) : null;
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean unsafe(char c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
