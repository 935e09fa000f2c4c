package io.finguard.maven;

import io.finguard.fix.AtomicFiles;
import io.finguard.engine.ScanResult;
import io.finguard.report.ReportContext;
import io.finguard.report.ReportFormat;
import io.finguard.report.Reports;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report files of a check: one {@code finguard.<ext>} per requested format in the output directory. Formats are
 * whatever {@link ReportFormat} knows, so a format added to the engine is accepted here without a change.
 */
final class ReportFiles {

    /**
     * File extensions that differ from the format's name, keyed by the name so that formats the engine does not
     * have yet need no code here; any other format is written as {@code finguard.<name>}.
     */
    private static final Map<String, String> EXTENSIONS = Map.of("text", "txt", "junit", "xml", "markdown", "md");

    /** What {@code check} writes when the POM names no formats: SARIF for code scanning, JSON for scripts. */
    static final String DEFAULT_FORMATS = "sarif,json";

    /** The one value that turns reports off. */
    static final String NONE = "none";

    private ReportFiles() {
    }

    /**
     * The formats named in {@code names} (each may also be a comma-separated list), in order and without repeats;
     * {@link #DEFAULT_FORMATS} when {@code names} is null (a mojo not configured by Maven), none for {@code none}.
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones, or {@code none} among formats
     */
    static List<ReportFormat> parse(List<String> names) {
        Set<ReportFormat> out = new LinkedHashSet<>();
        boolean none = false;
        for (String entry : names == null ? List.of(DEFAULT_FORMATS) : names) {
            for (String name : entry.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                if (name.trim().equalsIgnoreCase(NONE)) {
                    none = true;
                    continue;
                }
                ReportFormat format = ReportFormat.parse(name.trim());
                if (format == null) {
                    throw new IllegalArgumentException("unknown format \"" + name.trim() + "\" (expected "
                            + String.join(", ", Arrays.stream(ReportFormat.values()).map(ReportFormat::id).toList())
                            + ")");
                }
                out.add(format);
            }
        }
        if (none && !out.isEmpty()) {
            throw new IllegalArgumentException("\"" + NONE + "\" writes no report and cannot be combined with formats");
        }
        return new ArrayList<>(out);
    }

    static Path file(Path directory, ReportFormat format) {
        return directory.resolve("finguard." + EXTENSIONS.getOrDefault(format.id(), format.id()));
    }

    /**
     * Renders each format into its file, atomically, so that a reader (a CI upload step, an IDE) never sees half a
     * report. Returns the files written.
     */
    static List<Path> write(List<ReportFormat> formats, Path directory, ScanResult result, ReportContext context)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            StringWriter buffer = new StringWriter();
            Reports.render(format, result, context, buffer);
            Path file = file(directory, format);
            AtomicFiles.write(file, buffer.toString());
            written.add(file);
        }
        return written;
    }
}
