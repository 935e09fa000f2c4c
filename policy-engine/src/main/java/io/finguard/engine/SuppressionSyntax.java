package io.finguard.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the text of one comment as a suppression:
 * <pre>finguard:ignore FG101[,FG201…] reason="why" [until=YYYY-MM-DD]</pre>
 * behind {@code #} or {@code //}. A comment that does not start with {@code finguard:} is not a directive; one that
 * does but cannot be read is returned as malformed, because a suppression that silently does nothing is worse
 * than an error.
 */
final class SuppressionSyntax {

    /** What every directive starts with, after its comment marker. */
    static final String PREFIX = "finguard:";
    private static final String VERB = "ignore";

    private final String text;
    private final String file;
    private final int line;
    private int pos;

    private SuppressionSyntax(String text, String file, int line) {
        this.text = text;
        this.file = file;
        this.line = line;
    }

    /** The directive in {@code comment} (the whole comment token, marker included), or null when there is none. */
    static SuppressionDirective parse(String comment, String file, int line) {
        String body;
        if (comment.startsWith("#")) {
            body = comment.substring(1);
        } else if (comment.startsWith("//")) {
            body = comment.substring(2);
        } else {
            return null; // block comments are prose, not directives (the syntax names # and //)
        }
        body = body.strip();
        if (!body.startsWith(PREFIX)) {
            return null;
        }
        return new SuppressionSyntax(body.substring(PREFIX.length()), file, line).directive();
    }

    private SuppressionDirective directive() {
        String verb = word();
        if (!verb.equals(VERB)) {
            return malformed("unknown directive finguard:" + verb + " (expected finguard:ignore)");
        }
        if (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
            return malformed("unknown directive finguard:" + verb + text.charAt(pos) + "… (expected finguard:ignore)");
        }
        List<String> ids = new ArrayList<>();
        String reason = null;
        LocalDate until = null;
        boolean expectId = true;
        while (true) {
            skipSpaces();
            if (pos >= text.length()) {
                break;
            }
            int start = pos;
            String word = word();
            if (pos < text.length() && text.charAt(pos) == '=') {
                pos++;
                String value;
                try {
                    value = value();
                } catch (IllegalArgumentException e) {
                    return malformed(e.getMessage());
                }
                switch (word) {
                    case "reason" -> {
                        if (reason != null) {
                            return malformed("reason given twice");
                        }
                        reason = value;
                    }
                    case "until" -> {
                        if (until != null) {
                            return malformed("until given twice");
                        }
                        try {
                            until = LocalDate.parse(value);
                        } catch (DateTimeParseException e) {
                            return malformed("until=" + value + " is not a date (expected YYYY-MM-DD)");
                        }
                    }
                    default -> {
                        return malformed("unknown key " + word + " (expected reason or until)");
                    }
                }
                expectId = false;
            } else if (expectId && !word.isEmpty()) {
                ids.add(word.toUpperCase(Locale.ROOT));
                skipSpaces();
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                } else {
                    expectId = false; // IDs come first, as one comma-separated list
                }
            } else {
                return malformed("unexpected text \"" + text.substring(start).strip() + "\"");
            }
        }
        if (ids.isEmpty()) {
            return malformed("names no rule (expected e.g. finguard:ignore FG101 reason=\"…\")");
        }
        return new SuppressionDirective(file, line, List.copyOf(ids), reason, until, null);
    }

    /** Letters, digits, {@code _} and {@code -}: rule IDs and keys. */
    private String word() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                pos++;
            } else {
                break;
            }
        }
        return text.substring(start, pos);
    }

    /** A double-quoted string with backslash escapes, or a bare run of non-space characters. */
    private String value() {
        if (pos < text.length() && text.charAt(pos) == '"') {
            StringBuilder out = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\' && pos < text.length()) {
                    c = text.charAt(pos++);
                }
                out.append(c);
            }
            throw new IllegalArgumentException("unterminated quoted value");
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private SuppressionDirective malformed(String problem) {
        return SuppressionDirective.malformed(file, line, problem);
    }
}
