package io.finguard.api.edit;

import io.finguard.api.TextEdit;
import io.finguard.hcl.SourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns whole-line changes inside one window of a file into the smallest text edits: applies them, aligns the
 * result ({@link FmtAlignment}), then compares it with the original line by line (the changes say which new line
 * stands for which old one, so no diff search is needed) and trims each changed run to the chars that differ.
 */
final class WindowDiff {

    private WindowDiff() {
    }

    /** Lines {@code [start, end)} of the file become {@code text}; both whole lines. */
    record Change(int start, int end, String text) {
    }

    /** The edits for {@code changes}, sorted and non-overlapping, all inside {@code [windowStart, windowEnd)}. */
    static List<TextEdit> edits(SourceFile file, int windowStart, int windowEnd, List<Change> changes) {
        String text = file.text();
        String before = text.substring(windowStart, windowEnd);
        StringBuilder after = new StringBuilder(before.length() + 256);
        List<Integer> origins = new ArrayList<>();
        int at = windowStart;
        for (Change c : changes) {
            untouched(text, at, c.start(), windowStart, after, origins);
            int oldLines = Indentation.lineCount(text.substring(c.start(), c.end()));
            int newLines = Indentation.lineCount(c.text());
            int line = c.start();
            for (int k = 0; k < newLines; k++) {
                // a line replaced one for one stands for the old line, so an unchanged chain stays unchanged
                origins.add(oldLines == newLines ? line - windowStart : -1);
                line = Indentation.nextLineStart(text, line);
            }
            after.append(c.text());
            at = c.end();
        }
        untouched(text, at, windowEnd, windowStart, after, origins);
        int[] originArray = origins.stream().mapToInt(Integer::intValue).toArray();
        String aligned = FmtAlignment.align(before, after.toString(), originArray);
        return diff(file, windowStart, before, aligned, originArray);
    }

    private static void untouched(String text, int from, int to, int windowStart, StringBuilder after,
                                  List<Integer> origins) {
        for (int line = from; line < to; line = Indentation.nextLineStart(text, line)) {
            origins.add(line - windowStart);
        }
        after.append(text, from, to);
    }

    private static List<TextEdit> diff(SourceFile file, int windowStart, String before, String after, int[] origins) {
        List<String> oldLines = Indentation.splitLines(before);
        int[] oldStarts = new int[oldLines.size() + 1];
        Map<Integer, Integer> oldIndex = new HashMap<>();
        for (int i = 0; i < oldLines.size(); i++) {
            oldIndex.put(oldStarts[i], i);
            oldStarts[i + 1] = oldStarts[i] + oldLines.get(i).length();
        }
        List<String> newLines = Indentation.splitLines(after);
        if (newLines.size() != origins.length) {
            throw new IllegalStateException("alignment changed the line count of " + file.name());
        }
        List<TextEdit> out = new ArrayList<>();
        int nextOld = 0;
        int hunkFrom = -1;
        StringBuilder hunk = new StringBuilder();
        for (int j = 0; j < newLines.size(); j++) {
            Integer old = origins[j] >= 0 ? oldIndex.get(origins[j]) : null;
            if (old != null && newLines.get(j).equals(oldLines.get(old))) {
                if (hunkFrom >= 0 || old > nextOld) {
                    int from = hunkFrom >= 0 ? hunkFrom : nextOld;
                    add(out, file, windowStart, before, oldStarts[from], oldStarts[old], hunk.toString());
                    hunkFrom = -1;
                    hunk.setLength(0);
                }
                nextOld = old + 1;
            } else if (old != null && hunkFrom < 0 && old == nextOld) {
                // a line changed in place (re-padded, or a value set) is an edit of its own, so that a fix touches
                // no more of the file than it changes
                add(out, file, windowStart, before, oldStarts[old], oldStarts[old + 1], newLines.get(j));
                nextOld = old + 1;
            } else {
                if (hunkFrom < 0) {
                    hunkFrom = nextOld;
                }
                hunk.append(newLines.get(j));
                if (old != null) {
                    nextOld = old + 1;
                }
            }
        }
        if (hunkFrom >= 0 || nextOld < oldLines.size()) {
            int from = hunkFrom >= 0 ? hunkFrom : nextOld;
            add(out, file, windowStart, before, oldStarts[from], before.length(), hunk.toString());
        }
        return mergeTouching(file, out);
    }

    /** Edits that touch (one ends where the next starts) become one: a fix's edits must not overlap. */
    private static List<TextEdit> mergeTouching(SourceFile file, List<TextEdit> edits) {
        List<TextEdit> out = new ArrayList<>();
        for (TextEdit e : edits) {
            TextEdit previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previous.overlaps(e)) {
                out.set(out.size() - 1, new TextEdit(file, previous.start(), e.end(), previous.text()
                        + file.text().substring(previous.end(), e.start()) + e.text()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** The edit replacing {@code before[start, end)} with {@code text}, trimmed to the chars that differ. */
    private static void add(List<TextEdit> out, SourceFile file, int windowStart, String before, int start, int end,
                            String text) {
        int prefix = 0;
        int max = Math.min(end - start, text.length());
        while (prefix < max && before.charAt(start + prefix) == text.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(end - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
            suffix++;
        }
        if (prefix == end - start && prefix == text.length()) {
            return;
        }
        out.add(new TextEdit(file, windowStart + start + prefix, windowStart + end - suffix,
                text.substring(prefix, text.length() - suffix)));
    }
}
