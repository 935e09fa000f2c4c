package io.finguard.api.edit;

import java.util.ArrayList;
import java.util.List;

/** Lines and indentation of source text, by char offset: what edits need to place whole lines. */
final class Indentation {

    private Indentation() {
    }

    /** Offset of the start of the line holding {@code offset}. */
    static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** Offset just past the terminator of the line holding {@code offset}, or the text's end on its last line. */
    static int nextLineStart(String text, int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** Whether the text from {@code offset} to the end of its line is blank (or there is no more text). */
    static boolean blankToLineEnd(String text, int offset) {
        for (int i = offset; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The spaces and tabs that start the line holding {@code offset}. */
    static String indentAt(String text, int offset) {
        int start = lineStart(text, offset);
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    /** {@code \r\n} when the file's first line ends so, else {@code \n}: new lines follow the file's convention. */
    static String lineEnding(String text) {
        int nl = text.indexOf('\n');
        return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }

    /** How many lines the text has: a last line without terminator counts, an empty text has none. */
    static int lineCount(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return text.isEmpty() || text.endsWith("\n") ? count : count + 1;
    }

    /** The text cut into lines, each keeping its terminator. */
    static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int next = nextLineStart(text, at);
            out.add(text.substring(at, next));
            at = next;
        }
        return out;
    }

    /**
     * The lines of {@code name = value} at {@code indent}. The value's continuation lines are written with two
     * spaces a level relative to its first line (see {@link HclValue}); each level becomes {@code unit} here.
     */
    static List<String> attributeLines(String indent, String unit, String name, HclValue value) {
        return valueLines(indent + name + " = ", indent, unit, value);
    }

    /** {@code head} followed by the value, continuation lines re-indented under {@code indent}. */
    static List<String> valueLines(String head, String indent, String unit, HclValue value) {
        String[] parts = value.text().split("\r?\n", -1);
        List<String> out = new ArrayList<>(parts.length);
        out.add(head + parts[0]);
        boolean heredoc = value.text().startsWith("<<");
        for (int i = 1; i < parts.length; i++) {
            out.add(heredoc || parts[i].isEmpty() ? parts[i] : indent + reindent(parts[i], unit));
        }
        return out;
    }

    /** Two leading spaces become one {@code unit}. */
    private static String reindent(String line, String unit) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return unit.repeat(spaces / 2) + " ".repeat(spaces % 2) + line.substring(spaces);
    }

    /** The lines joined, each followed by {@code eol}. */
    static String join(List<String> lines, String eol) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line).append(eol);
        }
        return out.toString();
    }
}
