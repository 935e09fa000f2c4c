package io.finguard.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one parse. After a syntax error, recovery often stumbles over the rest of the same line;
 * only the first problem of a line is kept so that a user sees the cause, not its echoes.
 */
final class Diagnostics {

    private final String file;
    private final List<Diagnostic> list = new ArrayList<>();
    private long[] linesWithErrors = new long[4];

    Diagnostics(String file) {
        this.file = file;
    }

    /** Records a problem unless one is already known on that line. */
    void report(int line, int column, String message) {
        if (hasErrorOnLine(line)) {
            return;
        }
        add(line, column, message);
    }

    /** Records a problem even when its line has one already (for problems independent of recovery). */
    void reportAlways(int line, int column, String message) {
        add(line, column, message);
    }

    void reportAt(TokenStream tokens, int offset, String message) {
        report(tokens.lineOf(offset), tokens.columnOf(offset), message);
    }

    void reportAtToken(TokenStream tokens, int token, String message) {
        report(tokens.line(token), tokens.column(token), message);
    }

    boolean hasErrorOnLine(int line) {
        int word = line >>> 6;
        return word < linesWithErrors.length && (linesWithErrors[word] & (1L << (line & 63))) != 0;
    }

    private void add(int line, int column, String message) {
        int word = line >>> 6;
        if (word >= linesWithErrors.length) {
            long[] grown = new long[Math.max(word + 1, linesWithErrors.length * 2)];
            System.arraycopy(linesWithErrors, 0, grown, 0, linesWithErrors.length);
            linesWithErrors = grown;
        }
        linesWithErrors[word] |= 1L << (line & 63);
        list.add(new Diagnostic(file, line, column, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<Diagnostic> toList() {
        list.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return List.copyOf(list);
    }
}
