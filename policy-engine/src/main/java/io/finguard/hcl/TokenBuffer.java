package io.finguard.hcl;

import java.util.Arrays;

/**
 * Where the lexer appends tokens: growable primitive arrays and the index of the significant (non-trivia) tokens
 * that the parser's cursor walks. Line starts are indexed before lexing starts; a token's line is looked up in
 * them when asked for (messages, ranges), never stored per token.
 */
final class TokenBuffer {

    private static final byte WHITESPACE = (byte) TokenKind.WHITESPACE.ordinal();
    private static final byte COMMENT = (byte) TokenKind.COMMENT.ordinal();
    private static final byte BOM = (byte) TokenKind.BOM.ordinal();
    private static final byte NEWLINE = (byte) TokenKind.NEWLINE.ordinal();

    private final String text;
    private byte[] kinds;
    private int[] starts;
    private int count;
    private int[] significant;
    private int significantCount;
    private byte lastSignificant = -1;

    private final LineMap lines;

    private final LexerScratch scratch;

    /** @param scratch arrays to fill (grown when too short, and handed back grown), or null for new ones */
    TokenBuffer(String text, LexerScratch scratch) {
        this.text = text;
        this.scratch = scratch;
        int capacity = Math.max(16, text.length() / 3);
        if (scratch != null && scratch.kinds.length >= capacity) {
            kinds = scratch.kinds;
            starts = scratch.starts;
            significant = scratch.significant;
        } else {
            kinds = new byte[capacity];
            starts = new int[capacity];
            significant = new int[capacity];
        }
        lines = LineMap.of(text);
    }

    /** Appends a token starting at {@code start}; it ends where the next one starts. */
    void add(TokenKind kind, int start) {
        if (count == kinds.length) {
            int size = count * 2;
            kinds = Arrays.copyOf(kinds, size);
            starts = Arrays.copyOf(starts, size);
            significant = Arrays.copyOf(significant, size);
        }
        byte k = (byte) kind.ordinal();
        kinds[count] = k;
        starts[count] = start;
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
        if (scratch != null) {
            // the arrays may have grown: the next file gets the larger ones
            scratch.kinds = kinds;
            scratch.starts = starts;
            scratch.significant = significant;
        }
        return new TokenStream(text, kinds, starts, count, lines, significant, significantCount);
    }
}
