package io.finguard.hcl;

/**
 * Walks the significant tokens of a {@link TokenStream} (trivia skipped). Newlines end attributes in a body and
 * separate object items, but mean nothing inside parentheses, brackets and template sequences; the parser says
 * which applies with {@link #ignoreNewlines(boolean)}, restoring the previous setting when the bracket closes.
 */
final class TokenCursor {

    private static final int NEWLINE = TokenKind.NEWLINE.ordinal();
    private static final int EOF = TokenKind.EOF.ordinal();

    private final TokenStream tokens;
    private final int[] significant;
    private final int size;
    private int position;
    private boolean ignoreNewlines;
    private int lastConsumed = -1;

    TokenCursor(TokenStream tokens) {
        this.tokens = tokens;
        this.significant = tokens.significantTokens();
        this.size = tokens.significantCount();
    }

    TokenStream tokens() {
        return tokens;
    }

    /** Sets whether newlines are skipped and returns the previous setting, to be passed back when done. */
    boolean ignoreNewlines(boolean ignore) {
        boolean previous = ignoreNewlines;
        ignoreNewlines = ignore;
        return previous;
    }

    private int current() {
        int p = position;
        if (ignoreNewlines) {
            while (p < size - 1 && tokens.kindOrdinal(significant[p]) == NEWLINE) {
                p++;
            }
        }
        return p;
    }

    /** Index (in the token stream) of the next significant token. */
    int peek() {
        return significant[current()];
    }

    TokenKind peekKind() {
        return tokens.kind(peek());
    }

    boolean at(TokenKind kind) {
        return tokens.kindOrdinal(peek()) == kind.ordinal();
    }

    /** Kind of the significant token after the next one (newline handling as now). */
    TokenKind peekKindAfter() {
        int p = current();
        if (p >= size - 1) {
            return TokenKind.EOF;
        }
        p++;
        if (ignoreNewlines) {
            while (p < size - 1 && tokens.kindOrdinal(significant[p]) == NEWLINE) {
                p++;
            }
        }
        return tokens.kind(significant[p]);
    }

    boolean atEof() {
        return tokens.kindOrdinal(peek()) == EOF;
    }

    /** Consumes the next significant token and returns its index; at EOF it stays there. */
    int next() {
        int p = current();
        int token = significant[p];
        if (tokens.kindOrdinal(token) != EOF) {
            position = p + 1;
        }
        lastConsumed = token;
        return token;
    }

    /** Consumes the next token when it is of this kind; returns its index or -1. */
    int accept(TokenKind kind) {
        return at(kind) ? next() : -1;
    }

    /** An opaque mark of how far reading has got, to check that a recovery loop makes progress. */
    int mark() {
        return position;
    }

    /** Index of the last consumed token (-1 before any). */
    int lastConsumed() {
        return lastConsumed;
    }

    String text(int token) {
        return tokens.text(token);
    }

    /** Consumes newlines whatever the current setting (blank lines between body items). */
    void skipNewlines() {
        while (tokens.kindOrdinal(significant[position]) == NEWLINE) {
            position++;
        }
    }
}
