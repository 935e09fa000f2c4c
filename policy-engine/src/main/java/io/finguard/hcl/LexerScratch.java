package io.finguard.hcl;

/**
 * The working arrays of one parse (the text's chars, and the kinds, starts and significant-token index the lexer
 * fills), kept per thread and reused by the next file parsed on it. The lexer sizes them for the worst case, about
 * three bytes per char zeroed, plus two for the chars: per file that was a tenth of what a load allocated and 7 %
 * of its CPU (JFR, 2,200-file corpus). What a parsed file keeps is a trimmed copy ({@link TokenStream#compact()}),
 * so nothing made from these arrays outlives the parse that {@link #take() took} them.
 * <p>
 * Each thread has its own, so any number of threads still parse at once; a parse that is running holds its
 * arrays alone (taken out of the thread's slot, given back when done), so that even a nested parse cannot share
 * them.
 */
final class LexerScratch {

    /** Arrays for texts longer than this many chars are not kept: one huge file must not pin memory for good. */
    private static final int KEEP_LIMIT = 4 * 1024 * 1024;

    private static final ThreadLocal<LexerScratch> FREE = new ThreadLocal<>();

    char[] chars = new char[0];
    byte[] kinds = new byte[0];
    int[] starts = new int[0];
    int[] significant = new int[0];

    private LexerScratch() {
    }

    /** This thread's arrays, or new ones when they are in use (or were never made). */
    static LexerScratch take() {
        LexerScratch scratch = FREE.get();
        if (scratch == null) {
            return new LexerScratch();
        }
        FREE.set(null);
        return scratch;
    }

    /** Hands the arrays back to this thread once nothing made during the parse reads them any more. */
    void release() {
        if (chars.length <= KEEP_LIMIT && kinds.length <= KEEP_LIMIT) {
            FREE.set(this);
        }
    }

    /** The chars of {@code text}, in an array at least as long. */
    char[] chars(String text) {
        if (chars.length < text.length()) {
            chars = new char[text.length()];
        }
        text.getChars(0, text.length(), chars, 0);
        return chars;
    }
}
