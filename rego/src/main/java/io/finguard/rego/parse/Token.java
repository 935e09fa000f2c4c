package io.finguard.rego.parse;

/**
 * A token. {@code newlineBefore} matters because newlines separate the expressions of a body in Rego, as
 * semicolons do.
 */
record Token(Kind kind, String text, int line, int column, boolean newlineBefore) {
    enum Kind { IDENT, NUMBER, STRING, RAW_STRING, PUNCT, EOF }

    boolean is(String punctOrKeyword) {
        return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punctOrKeyword);
    }
}
