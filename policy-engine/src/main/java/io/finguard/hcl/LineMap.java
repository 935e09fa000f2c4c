package io.finguard.hcl;

import java.util.Arrays;

/**
 * Where the lines of one text start: turns char offsets into 1-based lines and columns. Every {@link Range} of a
 * parsed file shares its file's map instead of holding four more ints (see {@link Range} for why).
 */
final class LineMap {

    /** Offset of the first char of each line; entry 0 is 0. */
    private final int[] starts;
    /**
     * The line found last (0-based). Callers walk a file in order (suppressions read every token's lines), and
     * checking this line and the next before a binary search makes that walk linear. Racy on purpose: an int is
     * read and written whole, and any value is checked before it is used, so threads sharing a tree see correct
     * results whatever they see here.
     */
    private int hint;

    private LineMap(int[] starts) {
        this.starts = starts;
    }

    /** The line starts of {@code text}. */
    static LineMap of(String text) {
        int[] ls = new int[Math.max(16, text.length() / 32)];
        int lc = 1;
        // String.indexOf is an intrinsic that scans many chars per step; this pass is on every file's hot path
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (lc == ls.length) {
                ls = Arrays.copyOf(ls, lc * 2);
            }
            ls[lc++] = i + 1;
        }
        return new LineMap(Arrays.copyOf(ls, lc));
    }

    /** 1-based line of a char offset. */
    int lineOf(int offset) {
        int[] s = starts;
        int h = hint;
        if (h < s.length && s[h] <= offset) {
            if (h + 1 == s.length || offset < s[h + 1]) {
                return h + 1;
            }
            if (h + 2 == s.length || offset < s[h + 2]) {
                hint = h + 1;
                return h + 2;
            }
        }
        int lo = 0;
        int hi = s.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        hint = lo;
        return lo + 1;
    }

    /** 1-based column (in chars) of a char offset. */
    int columnOf(int offset) {
        return offset - starts[lineOf(offset) - 1] + 1;
    }
}
