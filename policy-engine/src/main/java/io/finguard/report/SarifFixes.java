package io.finguard.report;

import io.finguard.api.TextEdit;
import io.finguard.engine.ReportBase;
import io.finguard.report.sarif.ArtifactChange;
import io.finguard.report.sarif.ArtifactContent;
import io.finguard.report.sarif.ArtifactLocation;
import io.finguard.report.sarif.Fix;
import io.finguard.report.sarif.Message;
import io.finguard.report.sarif.Region;
import io.finguard.report.sarif.Replacement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finding's fix as SARIF {@code fixes}: one artifact change per file, its replacements in file order, each
 * region by line and column of the text that was scanned. Columns count UTF-16 code units, as Java strings do
 * (the run says so in {@code columnKind}); lines end at LF, CRLF or a lone CR, as SARIF counts them.
 */
final class SarifFixes {

    static final String COLUMN_KIND = "utf16CodeUnits";

    private SarifFixes() {
    }

    /** The SARIF form of {@code fix}, its files relative to {@code base}, or null when there is none. */
    static List<Fix> of(io.finguard.api.Fix fix, ReportBase base) {
        if (fix == null) {
            return null;
        }
        Map<String, List<TextEdit>> byFile = new LinkedHashMap<>();
        for (TextEdit e : fix.edits()) {
            byFile.computeIfAbsent(e.file().name(), k -> new ArrayList<>()).add(e);
        }
        List<ArtifactChange> changes = new ArrayList<>();
        for (Map.Entry<String, List<TextEdit>> file : byFile.entrySet()) {
            List<Replacement> replacements = file.getValue().stream()
                    .sorted(Comparator.comparingInt(TextEdit::start))
                    .map(SarifFixes::replacement).toList();
            ArtifactLocation artifact = new ArtifactLocation(
                    SarifLocations.uri(base.path(file.getKey())), SarifLocations.SRCROOT);
            changes.add(new ArtifactChange(artifact, replacements));
        }
        return List.of(new Fix(new Message(fix.description()), changes));
    }

    private static Replacement replacement(TextEdit edit) {
        String text = edit.file().text();
        int[] start = position(text, edit.start());
        int[] end = position(text, edit.end());
        Region deleted = new Region(start[0], start[1], end[0], end[1]);
        return new Replacement(deleted, edit.text().isEmpty() ? null : new ArtifactContent(edit.text()));
    }

    /** 1-based line and column of {@code offset} in {@code text}. */
    static int[] position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\n' || (c == '\r' && !crlf)) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[]{line, offset - lineStart + 1};
    }
}
