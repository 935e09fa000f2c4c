package io.finguard.hcl;

/**
 * What the body, expression and template parsers share while reading one file: the cursor, the problems found
 * and the error-recovery moves. One instance per parse, so parsers stay thread-confined.
 */
final class ParseContext {

    final TokenCursor cursor;
    final TokenStream tokens;
    final Diagnostics diagnostics;
    final Names names;

    ParseContext(TokenStream tokens, Diagnostics diagnostics) {
        this(tokens, diagnostics, null);
    }

    /** @param shared names shared with the other files of a load, or null */
    ParseContext(TokenStream tokens, Diagnostics diagnostics, NameTable shared) {
        this.names = new Names(shared);
        this.tokens = tokens;
        this.cursor = new TokenCursor(tokens);
        this.diagnostics = diagnostics;
    }

    /** The text of token {@code token}, shared with every equal name of the file (see {@link Names}). */
    String name(int token) {
        return names.get(tokens.text(), tokens.start(token), tokens.end(token));
    }

    void report(int token, String message) {
        diagnostics.reportAtToken(tokens, token, message);
    }

    /** True when token {@code token} is exactly the word {@code word}, without allocating its text. */
    boolean textIs(int token, String word) {
        int start = tokens.start(token);
        String text = tokens.text();
        return tokens.end(token) - start == word.length() && text.charAt(start) == word.charAt(0)
                && text.startsWith(word, start);
    }

    boolean atKeyword(String word) {
        return cursor.at(TokenKind.IDENT) && textIs(cursor.peek(), word);
    }

    /** How a token is named in a message: "'}'", "the name \"foo\"", "the end of the line" ... */
    String describe(int token) {
        return switch (tokens.kind(token)) {
            case IDENT -> "the name \"" + shortened(tokens.text(token)) + "\"";
            case NUMBER -> "the number " + tokens.text(token);
            case OQUOTE -> "a string";
            case OHEREDOC -> "a heredoc";
            case NEWLINE -> "the end of the line";
            case EOF -> "the end of the file";
            case INVALID -> "'" + shortened(tokens.text(token)) + "'";
            case TEMPLATE_LITERAL -> "text";
            case CQUOTE -> "the end of the string";
            case CHEREDOC -> "the end of the heredoc";
            case TEMPLATE_SEQ_END -> "'}'";
            default -> "'" + tokens.text(token) + "'";
        };
    }

    /** Long runs of garbage are cut so that a message stays one readable line. */
    static String shortened(String text) {
        return text.length() <= 32 ? text : text.substring(0, 29) + "...";
    }

    /**
     * Skips tokens, bracket-aware, until {@code target} at the current nesting level, which is consumed and
     * returned. Stops without consuming at a closer that belongs to an enclosing construct, at the end of the file,
     * and (when {@code stopAtNewline}) at a newline outside brackets; then returns -1.
     */
    int skipUntil(TokenKind target, boolean stopAtNewline) {
        boolean previous = cursor.ignoreNewlines(false);
        try {
            int depth = 0;
            while (true) {
                TokenKind kind = cursor.peekKind();
                if (kind == TokenKind.EOF) {
                    return -1;
                }
                if (depth == 0) {
                    if (kind == target) {
                        return cursor.next();
                    }
                    if (stopAtNewline && kind == TokenKind.NEWLINE) {
                        return -1;
                    }
                    if (isCloser(kind)) {
                        return -1;
                    }
                }
                if (isOpener(kind)) {
                    depth++;
                } else if (isCloser(kind)) {
                    depth--;
                }
                cursor.next();
            }
        } finally {
            cursor.ignoreNewlines(previous);
        }
    }

    static boolean isOpener(TokenKind kind) {
        return switch (kind) {
            case LBRACE, LBRACK, LPAREN, OQUOTE, OHEREDOC, TEMPLATE_INTERP, TEMPLATE_CONTROL -> true;
            default -> false;
        };
    }

    static boolean isCloser(TokenKind kind) {
        return switch (kind) {
            case RBRACE, RBRACK, RPAREN, CQUOTE, CHEREDOC, TEMPLATE_SEQ_END -> true;
            default -> false;
        };
    }
}
