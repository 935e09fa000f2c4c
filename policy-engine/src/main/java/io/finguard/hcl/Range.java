package io.finguard.hcl;

import java.util.Objects;

/**
 * A span of source text: {@code start} inclusive, {@code end} exclusive, as char offsets into
 * {@link SourceFile#text()}; lines and columns are 1-based, columns counted in chars.
 * {@code endLine}/{@code endColumn} describe the position of {@code end} (just past the last char).
 * <p>
 * Once a record of six ints, it now keeps the two offsets and finds lines and columns in its file's
 * {@link LineMap} when asked. Every node and token has a range, and the 40 MB benchmark corpus kept 3.4 million
 * of them (138 MB, a fifth of the loaded model): at 24 instead of 40 bytes each they cost 55 MB less, and
 * lines are read only for what is reported. Equality, hashing, {@link #toString()} and the accessors are the
 * record's, so it behaves as a value exactly as before.
 */
public final class Range {

    private final int start;
    private final int end;
    /** A {@link LineMap} for ranges made by the parser, or {@link Given} for ranges built from six ints. */
    private final Object positions;

    /** A range with explicit lines and columns. */
    public Range(int start, int end, int startLine, int startColumn, int endLine, int endColumn) {
        this(start, end, new Given(startLine, startColumn, endLine, endColumn));
    }

    Range(int start, int end, LineMap lines) {
        this(start, end, (Object) lines);
    }

    private Range(int start, int end, Object positions) {
        this.start = start;
        this.end = end;
        this.positions = positions;
    }

    private record Given(int startLine, int startColumn, int endLine, int endColumn) {
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int startLine() {
        return positions instanceof LineMap lines ? lines.lineOf(start) : ((Given) positions).startLine();
    }

    public int startColumn() {
        return positions instanceof LineMap lines ? lines.columnOf(start) : ((Given) positions).startColumn();
    }

    public int endLine() {
        return positions instanceof LineMap lines ? lines.lineOf(end) : ((Given) positions).endLine();
    }

    public int endColumn() {
        return positions instanceof LineMap lines ? lines.columnOf(end) : ((Given) positions).endColumn();
    }

    /** The smallest range covering both. */
    public Range to(Range other) {
        if (positions instanceof LineMap && positions == other.positions) {
            return new Range(start, other.end, positions);
        }
        return new Range(start, other.end, startLine(), startColumn(), other.endLine(), other.endColumn());
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Range other) {
        return start <= other.start && other.end <= end;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Range r && start == r.start && end == r.end
                && (positions == r.positions || startLine() == r.startLine() && startColumn() == r.startColumn()
                        && endLine() == r.endLine() && endColumn() == r.endColumn());
    }

    /** From the offsets alone: equal ranges have equal offsets, and lines would cost a search per hash. */
    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    @Override
    public String toString() {
        return "Range[start=" + start + ", end=" + end + ", startLine=" + startLine() + ", startColumn="
                + startColumn() + ", endLine=" + endLine() + ", endColumn=" + endColumn() + "]";
    }
}
