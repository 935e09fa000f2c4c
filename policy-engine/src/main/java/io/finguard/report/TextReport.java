package io.finguard.report;

import io.finguard.engine.Finding;
import io.finguard.engine.ReportBase;
import io.finguard.engine.ScanResult;
import io.finguard.engine.UnusedSuppression;
import io.finguard.terraform.LoadError;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code finguard scan} for a person at a terminal: findings grouped by file, each with its line, severity, rule,
 * resource, message and the offending source beneath; then errors; then suppression comments that matched nothing;
 * then one summary line. Lines end in {@code \n}
 * on every platform (terminals and CI logs accept it, and the output stays comparable).
 */
public final class TextReport implements ScanReport {

    /** Past this many lines an excerpt is cut: a whole resource block would bury the next finding. */
    static final int MAX_EXCERPT_LINES = 5;

    private static final String PLAN_ONLY = "(plan, no source file)";

    @Override
    public void write(ScanResult result, ReportContext context, Writer out) throws IOException {
        Ansi ansi = new Ansi(context.colour());
        SourceLines source = new SourceLines(context.root());
        ReportBase base = context.base();
        for (Map.Entry<String, List<Finding>> group : byFile(result.findings()).entrySet()) {
            writeGroup(group.getKey(), base, group.getValue(), ansi, source, out);
        }
        writeErrors(result.errors(), base, ansi, out);
        writeUnused(result.unusedSuppressions(), base, ansi, out);
        out.write(new TextSummary(ansi).line(result));
        out.write('\n');
        out.flush();
    }

    /** Groups in the order files first appear (the scanner sorts by file and line); plan-only findings last. */
    private static Map<String, List<Finding>> byFile(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        List<Finding> planOnly = new ArrayList<>();
        for (Finding f : findings) {
            String file = ReportPaths.normalise(f.file());
            if (file == null) {
                planOnly.add(f);
            } else {
                groups.computeIfAbsent(file, k -> new ArrayList<>()).add(f);
            }
        }
        if (!planOnly.isEmpty()) {
            groups.put(null, planOnly);
        }
        return groups;
    }

    /** @param file as the scan has it, to read source lines with; {@code base} names it as the report does */
    private static void writeGroup(String file, ReportBase base, List<Finding> findings, Ansi ansi,
                                   SourceLines source, Writer out) throws IOException {
        out.write(ansi.bold(file == null ? PLAN_ONLY : TerminalText.clean(base.path(file))) + "\n");
        // one width for the line column and the excerpt gutter of the whole file, so numbers line up
        int lineWidth = findings.stream().mapToInt(f -> Integer.toString(Math.max(f.line(), f.endLine())).length())
                .max().orElse(1);
        for (Finding f : findings) {
            writeFinding(f, file, base, lineWidth, ansi, source, out);
        }
        out.write('\n');
    }

    private static void writeFinding(Finding f, String file, ReportBase base, int lineWidth, Ansi ansi,
                                     SourceLines source, Writer out) throws IOException {
        StringBuilder head = new StringBuilder("  ");
        if (file != null) {
            head.append(ansi.dim("line " + pad(f.line() > 0 ? Integer.toString(f.line()) : "-", lineWidth)))
                    .append("  ");
        }
        String severity = f.severity().id().toUpperCase(Locale.ROOT);
        head.append(ansi.severity(f.severity(), severity)).append(" ".repeat(9 - severity.length()))
                .append(ansi.bold(TerminalText.clean(f.ruleId()))).append(' ').append(TerminalText.clean(f.rule()))
                .append("  ").append(TerminalText.clean(f.resource()));
        if (f.fixable()) {
            head.append("  ").append(ansi.green("[fixable]"));
        }
        out.write(head.append('\n').toString());
        for (String line : lines(f.message())) {
            out.write("    " + TerminalText.clean(line) + "\n");
        }
        String manual = ManualText.line(f);
        if (manual != null) {
            out.write("    " + ansi.dim(TerminalText.clean(manual)) + "\n");
        }
        String instances = InstanceText.line(f, base);
        if (instances != null) {
            out.write("    " + ansi.dim(TerminalText.clean(instances)) + "\n");
        }
        writeExcerpt(source.range(file, f.line(), f.endLine()), f.line(), lineWidth, ansi, out);
    }

    private static void writeExcerpt(List<String> lines, int first, int width, Ansi ansi, Writer out)
            throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        boolean cut = lines.size() > MAX_EXCERPT_LINES;
        List<String> shown = cut ? lines.subList(0, MAX_EXCERPT_LINES - 1) : lines;
        for (int i = 0; i < shown.size(); i++) {
            out.write("      " + ansi.dim(pad(Integer.toString(first + i), width) + " |") + " "
                    + TerminalText.clean(shown.get(i)) + "\n");
        }
        if (cut) {
            out.write("      " + ansi.dim(" ".repeat(width) + " | ... " + (lines.size() - shown.size()) + " more lines")
                    + "\n");
        }
    }

    private static void writeErrors(List<LoadError> errors, ReportBase base, Ansi ansi, Writer out)
            throws IOException {
        if (errors.isEmpty()) {
            return;
        }
        out.write(ansi.red(ansi.bold("Errors")) + "\n");
        for (LoadError e : errors) {
            String file = base.path(e.file());
            String where = file == null ? "" : TerminalText.clean(file) + (e.line() > 0 ? ":" + e.line() : "") + "  ";
            String[] message = lines(e.message());
            out.write("  " + ansi.bold(where) + TerminalText.clean(message[0]) + "\n");
            for (int i = 1; i < message.length; i++) {
                out.write("    " + TerminalText.clean(message[i]) + "\n");
            }
        }
        out.write('\n');
    }

    /** Warnings, or errors under {@code --strict}: the comment's place and which of its rule IDs matched nothing. */
    private static void writeUnused(List<UnusedSuppression> unused, ReportBase base, Ansi ansi, Writer out)
            throws IOException {
        if (unused.isEmpty()) {
            return;
        }
        String title = "Unused suppressions";
        out.write(ansi.bold(unused.get(0).fails() ? ansi.red(title) : ansi.yellow(title)) + "\n");
        for (UnusedSuppression u : unused) {
            String where = TerminalText.clean(base.path(u.file())) + ":" + u.line() + "  ";
            out.write("  " + ansi.bold(where) + TerminalText.clean(u.message()) + "\n");
        }
        out.write('\n');
    }

    /** A message's lines: each is cleaned and indented on its own, so a newline cannot break the layout. */
    private static String[] lines(String text) {
        return (text == null ? "" : text).split("\r?\n", -1);
    }

    /** Right-aligns a number in the column, as compilers print line numbers. */
    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
