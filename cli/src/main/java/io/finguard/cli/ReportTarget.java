package io.finguard.cli;

import io.finguard.report.ReportFormat;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One report to write: a format and where it goes (null: stdout). On the command line each {@code --format} is
 * paired with the {@code --output} that follows it ({@code --format sarif --output r.sarif --format text}); a format
 * without an output goes to stdout, and only one report may go there.
 */
record ReportTarget(ReportFormat format, Path output) {

    /**
     * One {@code --format}/{@code --output} pair, as a repeated picocli argument group collects them: an option that
     * the current pair already has starts the next pair, so pairs follow the order the user wrote them in.
     */
    static final class Pair {

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "text (default), json, sarif, junit, github or markdown.")
        String format;

        @Option(names = "--output", paramLabel = "FILE",
                description = "Where the report of the --format before it goes, written atomically. Default: stdout.")
        Path output;
    }

    /** The targets, or null after printing why the options do not make sense (a usage error). */
    static List<ReportTarget> pair(List<Pair> pairs, PrintWriter err) {
        if (pairs.isEmpty()) {
            return List.of(new ReportTarget(ReportFormat.TEXT, null));
        }
        List<ReportTarget> out = new ArrayList<>();
        Set<Path> files = new HashSet<>();
        int toStdout = 0;
        for (Pair p : pairs) {
            // "--output FILE" alone keeps its old meaning (the text report to FILE); among several pairs it is a slip
            String name = p.format == null && pairs.size() == 1 ? ReportFormat.TEXT.id() : p.format;
            if (name == null) {
                err.println("finguard: --output " + p.output + " has no --format: write each --format before its"
                        + " --output, e.g. --format json --output " + p.output);
                return null;
            }
            ReportFormat format = ReportFormat.parse(name);
            if (format == null) {
                err.println("finguard: --format: unknown format \"" + name + "\" (expected " + ReportFormat.names()
                        + ")");
                return null;
            }
            if (p.output == null) {
                toStdout++;
            } else if (!files.add(p.output.toAbsolutePath().normalize())) {
                err.println("finguard: two reports would be written to " + p.output + ": give each its own --output");
                return null;
            }
            out.add(new ReportTarget(format, p.output));
        }
        if (toStdout > 1) {
            err.println("finguard: only one report can go to stdout, but " + toStdout + " formats have no --output:"
                    + " give all but one of them an --output FILE");
            return null;
        }
        return out;
    }
}
