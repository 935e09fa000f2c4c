package io.finguard.hcl;

/**
 * A span of source text: {@code start} inclusive, {@code end} exclusive, as char offsets into
 * {@link SourceFile#text()}; lines and columns are 1-based, columns counted in chars.
 * {@code endLine}/{@code endColumn} describe the position of {@code end} (just past the last char).
 */
public record Range(int start, int end, int startLine, int startColumn, int endLine, int endColumn) {

    /** The smallest range covering both. */
    public Range to(Range other) {
        return new Range(start, other.end, startLine, startColumn, other.endLine, other.endColumn);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Range other) {
        return start <= other.start && other.end <= end;
    }
}
