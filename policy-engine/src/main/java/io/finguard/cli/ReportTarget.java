package io.finguard.cli;

import io.finguard.report.ReportFormat;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One report to write: a format and where it goes (null: stdout). {@code --format a --output x --format b}
 * pairs by position; a format without an output goes to stdout, and only one report may go there.
 */
record ReportTarget(ReportFormat format, Path output) {

    /** The targets, or null after printing why the options do not make sense. */
    static List<ReportTarget> pair(List<String> formats, List<Path> outputs, PrintWriter err) {
        List<String> names = formats.isEmpty() ? List.of("text") : formats;
        if (outputs.size() > names.size()) {
            err.println("finguard: more --output than --format options: each --output needs its --format");
            return null;
        }
        List<ReportTarget> out = new ArrayList<>();
        int toStdout = 0;
        for (int i = 0; i < names.size(); i++) {
            ReportFormat format = ReportFormat.parse(names.get(i));
            if (format == null) {
                err.println("finguard: --format: unknown format \"" + names.get(i) + "\" (expected text, json or sarif)");
                return null;
            }
            Path output = i < outputs.size() ? outputs.get(i) : null;
            if (output == null) {
                toStdout++;
            }
            out.add(new ReportTarget(format, output));
        }
        if (toStdout > 1) {
            err.println("finguard: only one report can go to stdout: give the others an --output");
            return null;
        }
        return out;
    }
}
