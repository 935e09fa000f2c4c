package io.finguard.hcl;

import java.util.Arrays;

/**
 * Where the lexer appends tokens: growable primitive arrays, the line of each token, and the index of the
 * significant (non-trivia) tokens that the parser's cursor walks. Lines are indexed before lexing starts, so a
 * token's line is found by moving forward through the line starts, never by counting chars inside tokens.
 */
final class TokenBuffer {

    private static final byte WHITESPACE = (byte) TokenKind.WHITESPACE.ordinal();
    private static final byte COMMENT = (byte) TokenKind.COMMENT.ordinal();
    private static final byte BOM = (byte) TokenKind.BOM.ordinal();
    private static final byte NEWLINE = (byte) TokenKind.NEWLINE.ordinal();

    private final String text;
    private byte[] kinds;
    private int[] starts;
    private int[] lines;
    private int count;
    private int[] significant;
    private int significantCount;
    private byte lastSignificant = -1;

    private int[] lineStarts;
    private int lineCount;
    private int currentLine;

    TokenBuffer(String text) {
        this.text = text;
        int capacity = Math.max(16, text.length() / 3);
        kinds = new byte[capacity];
        starts = new int[capacity];
        lines = new int[capacity];
        significant = new int[capacity];
        indexLines();
    }

    private void indexLines() {
        int[] ls = new int[Math.max(16, text.length() / 32)];
        int lc = 1;
        // String.indexOf is an intrinsic that scans many chars per step; this pass is on every file's hot path
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (lc == ls.length) {
                ls = Arrays.copyOf(ls, lc * 2);
            }
            ls[lc++] = i + 1;
        }
        lineStarts = ls;
        lineCount = lc;
    }

    /** Appends a token starting at {@code start}; it ends where the next one starts. */
    void add(TokenKind kind, int start) {
        if (count == kinds.length) {
            int size = count * 2;
            kinds = Arrays.copyOf(kinds, size);
            starts = Arrays.copyOf(starts, size);
            lines = Arrays.copyOf(lines, size);
            significant = Arrays.copyOf(significant, size);
        }
        while (currentLine + 1 < lineCount && lineStarts[currentLine + 1] <= start) {
            currentLine++;
        }
        byte k = (byte) kind.ordinal();
        kinds[count] = k;
        starts[count] = start;
        lines[count] = currentLine + 1;
        count++;
        if (k != WHITESPACE && k != COMMENT && k != BOM) {
            significant[significantCount++] = count - 1;
            if (k != NEWLINE) {
                lastSignificant = k;
            }
        }
    }

    /** Kind ordinal of the last token that is neither trivia nor a newline, or -1. */
    byte lastSignificant() {
        return lastSignificant;
    }

    /** The tokens so far as a stream; also used for the positions of messages raised while lexing. */
    TokenStream toStream() {
        return new TokenStream(text, kinds, starts, lines, count, lineStarts, lineCount, significant,
                significantCount);
    }
}
