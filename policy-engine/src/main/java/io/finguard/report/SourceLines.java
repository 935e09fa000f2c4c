package io.finguard.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of the scanned files, for showing the offending source under a finding. Each file is read once per
 * report; a file that is gone or unreadable yields no lines, and the report simply shows none.
 */
final class SourceLines {

    private final Path root;
    private final Map<String, List<String>> files = new HashMap<>();

    /** @param root the scan root that findings' files are relative to; null: no source is shown */
    SourceLines(Path root) {
        this.root = root;
    }

    /** Lines {@code from}..{@code to} (1-based, inclusive) of a file, clipped to what exists. */
    List<String> range(String file, int from, int to) {
        if (file == null || from < 1) {
            return List.of();
        }
        List<String> lines = files.computeIfAbsent(file, this::read);
        int first = Math.min(from, lines.size() + 1);
        int last = Math.min(Math.max(from, to), lines.size());
        return lines.subList(first - 1, Math.max(first - 1, last));
    }

    private List<String> read(String file) {
        if (root == null) {
            return List.of();
        }
        try {
            // malformed UTF-8 is replaced rather than fatal: the excerpt is for reading, not for parsing
            String text = new String(Files.readAllBytes(root.resolve(file)), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.lines().toList();
        } catch (IOException | InvalidPathException | SecurityException e) {
            return List.of();
        }
    }
}
