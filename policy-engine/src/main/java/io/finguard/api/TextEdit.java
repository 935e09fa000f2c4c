package io.finguard.api;

import io.finguard.hcl.SourceFile;

/**
 * Replace the text between {@code start} (inclusive) and {@code end} (exclusive) char offsets of {@code file} with
 * {@code text}. An insertion has {@code start == end}. Offsets are into {@link SourceFile#text()}, the text the
 * tree was parsed from, so an edit can be checked against the file before it is written.
 */
public record TextEdit(SourceFile file, int start, int end, String text) {

    public TextEdit {
        if (start < 0 || end < start || end > file.text().length()) {
            throw new IllegalArgumentException("edit " + start + ".." + end + " outside " + file.name());
        }
    }

    public static TextEdit insert(SourceFile file, int offset, String text) {
        return new TextEdit(file, offset, offset, text);
    }

    /** True when the two edits touch the same file and their spans share text or an insertion point. */
    public boolean overlaps(TextEdit other) {
        if (!file.name().equals(other.file.name())) {
            return false;
        }
        if (start == end || other.start == other.end) {
            return start <= other.end && other.start <= end;
        }
        return start < other.end && other.start < end;
    }

    @Override
    public boolean equals(Object o) {
        // By file name and span: the file text is the same object for every edit made from one parse.
        return o instanceof TextEdit e && e.file.name().equals(file.name()) && e.start == start && e.end == end
                && e.text.equals(text);
    }

    @Override
    public int hashCode() {
        return (file.name().hashCode() * 31 + start) * 31 + end;
    }
}
