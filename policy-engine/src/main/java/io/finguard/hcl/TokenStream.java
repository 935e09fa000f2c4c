package io.finguard.hcl;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The tokens of one file in parallel primitive arrays. Lexing a large corpus produces millions of tokens, and
 * keeping them as ints instead of {@link Token}/{@link Range} objects is what lets the parser reach its throughput
 * target; {@link #asList()} materialises {@link Token}s lazily for callers that want them.
 *
 * <p>Tokens are contiguous: token {@code i} spans {@code [start(i), start(i + 1))}. The last token is a zero-length
 * {@link TokenKind#EOF} at the end of the text.
 */
public final class TokenStream {

    private static final TokenKind[] KINDS = TokenKind.values();

    private final String text;
    private final byte[] kinds;
    private final int[] starts;
    private final LineMap lines;
    private final int count;
    /** Null in a {@link #compact()} stream: only the parser walks them. */
    private final int[] significant;
    private final int significantCount;

    TokenStream(String text, byte[] kinds, int[] starts, int count, LineMap lines, int[] significant,
                int significantCount) {
        this.significant = significant;
        this.significantCount = significantCount;
        this.text = text;
        this.kinds = kinds;
        this.starts = starts;
        this.count = count;
        this.lines = lines;
    }

    /**
     * The whole text as one INVALID token and EOF: what is left to show when lexing itself failed, so that a
     * {@link ConfigFile} still prints its input.
     */
    static TokenStream unlexed(String text) {
        LineMap lines = LineMap.of(text);
        if (text.isEmpty()) {
            byte[] kinds = {(byte) TokenKind.EOF.ordinal()};
            return new TokenStream(text, kinds, new int[] {0, 0}, 1, lines, new int[] {0}, 1);
        }
        byte[] kinds = {(byte) TokenKind.INVALID.ordinal(), (byte) TokenKind.EOF.ordinal()};
        int[] starts = {0, text.length(), text.length()};
        return new TokenStream(text, kinds, starts, 2, lines, new int[] {0, 1}, 2);
    }

    /**
     * What a parsed file keeps: kinds and starts trimmed to the tokens there are, without the parser's index of
     * significant tokens. The lexer sizes its arrays for the worst case (a token per three chars, four arrays),
     * and keeping them made int arrays a sixth of the heap of a loaded 40 MB corpus.
     */
    TokenStream compact() {
        if (significant == null) {
            return this;
        }
        return new TokenStream(text, java.util.Arrays.copyOf(kinds, count), java.util.Arrays.copyOf(starts, count),
                count, lines, null, 0);
    }

    /** Indexes of the tokens that are not trivia, in order; the array may be longer than the count. */
    int[] significantTokens() {
        return significant;
    }

    int significantCount() {
        return significantCount;
    }

    public String text() {
        return text;
    }

    /** Number of tokens, the final EOF included. */
    public int size() {
        return count;
    }

    public TokenKind kind(int i) {
        return KINDS[kinds[i]];
    }

    int kindOrdinal(int i) {
        return kinds[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return i + 1 < count ? starts[i + 1] : starts[i];
    }

    /** 1-based line of the token's first char. */
    public int line(int i) {
        return lines.lineOf(starts[i]);
    }

    /** 1-based column (in chars) of the token's first char. */
    public int column(int i) {
        return lines.columnOf(starts[i]);
    }

    /** The source text of token {@code i}. */
    public String text(int i) {
        return text.substring(starts[i], end(i));
    }

    /** The range of one token. */
    public Range range(int i) {
        return range(i, i);
    }

    /** The range from the start of token {@code first} to the end of token {@code last}. */
    public Range range(int first, int last) {
        return new Range(starts[first], end(last), lines);
    }

    /** A zero-length range where token {@code i} starts, for nodes that stand for something missing. */
    public Range emptyRangeAt(int i) {
        return new Range(starts[i], starts[i], lines);
    }

    /** 1-based line of an arbitrary offset. */
    public int lineOf(int offset) {
        return lines.lineOf(offset);
    }

    /** 1-based column of an arbitrary offset. */
    public int columnOf(int offset) {
        return lines.columnOf(offset);
    }

    /** A read-only view as {@link Token} records, created on access. */
    public List<Token> asList() {
        return new TokenList();
    }

    private final class TokenList extends AbstractList<Token> implements RandomAccess {
        @Override
        public Token get(int index) {
            if (index < 0 || index >= count) {
                throw new IndexOutOfBoundsException(index);
            }
            return new Token(kind(index), range(index));
        }

        @Override
        public int size() {
            return count;
        }
    }
}
