package io.finguard.terraform.types;

/** Go's {@code strconv.Quote}, which cty uses to hash strings: the hash decides the order of a set. */
final class GoQuote {

    private GoQuote() {
    }

    static void append(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x0b -> out.append("\\v");
                default -> appendRune(c, out);
            }
        }
        out.append('"');
    }

    private static void appendRune(int c, StringBuilder out) {
        if (printable(c)) {
            out.appendCodePoint(c);
        } else if (c < 0x80) {
            out.append(String.format("\\x%02x", c));
        } else if (c < 0x10000) {
            out.append(String.format("\\u%04x", c));
        } else {
            out.append(String.format("\\U%08x", c));
        }
    }

    /** Close to Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    private static boolean printable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
