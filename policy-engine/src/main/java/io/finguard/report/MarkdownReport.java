package io.finguard.report;

import io.finguard.api.Severity;
import io.finguard.engine.Finding;
import io.finguard.engine.ReportBase;
import io.finguard.engine.ScanResult;
import io.finguard.engine.UnusedSuppression;
import io.finguard.terraform.LoadError;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code finguard scan --format markdown}: a summary sized for a pull-request comment or
 * {@code $GITHUB_STEP_SUMMARY} (GitHub-flavoured Markdown). A heading with the count, a row of counts by severity
 * with suppressed, unverified and errors, a table of findings most severe first (severity, rule, resource,
 * {@code file:line}, message, fixable) cut at {@value #MAX_FINDINGS} rows with "and N more", then the errors, cut
 * the same way at {@value #MAX_ERRORS}, and the suppression comments that matched nothing, cut the same way.
 * Messages longer than {@value #MAX_MESSAGE} characters are shortened: the full text is in the other formats, and
 * a comment has a size limit (65,536 characters on GitHub).
 * <p>
 * Text from findings never becomes markup: cells escape Markdown's punctuation and {@code |}, line breaks become
 * {@code <br>}, and control characters and bidirectional overrides are shown as escapes.
 */
public final class MarkdownReport implements ScanReport {

    static final int MAX_FINDINGS = 50;
    static final int MAX_ERRORS = 20;
    static final int MAX_MESSAGE = 300;

    /** Most severe first: what a reviewer should read before the table is cut. */
    private static final List<Severity> ORDER = List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM,
            Severity.LOW);

    /** Characters that start or end Markdown (or GitHub math, HTML, entities) inside a table cell. */
    private static final String MARKUP = "\\`*_[]<>|~$&";

    @Override
    public void write(ScanResult result, ReportContext context, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(ToolIdentity.NAME).append(": ").append(headline(result)).append("\n\n");
        writeCounts(result, md);
        ReportBase base = context.base();
        writeFindings(result.findings(), base, md);
        writeErrors(result.errors(), base, md);
        writeUnused(result.unusedSuppressions(), base, md);
        out.write(md.toString());
        out.flush();
    }

    private static String headline(ScanResult result) {
        int findings = result.findings().size();
        String out = findings == 0 ? "no findings" : TextSummary.count(findings, "finding");
        return result.errors().isEmpty() ? out : out + ", " + TextSummary.count(result.errors().size(), "error");
    }

    private static void writeCounts(ScanResult result, StringBuilder md) {
        Map<Severity, Integer> bySeverity = result.bySeverity();
        StringBuilder head = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        StringBuilder row = new StringBuilder("|");
        for (Severity s : ORDER) {
            head.append(' ').append(s.id()).append(" |");
            row.append(' ').append(bySeverity.get(s)).append(" |");
        }
        head.append(" suppressed | unverified | errors |");
        row.append(' ').append(result.suppressed().size()).append(" | ").append(result.unverified().size())
                .append(" | ").append(result.errors().size()).append(" |");
        rule.append(" ---: |".repeat(ORDER.size() + 3));
        md.append(head).append('\n').append(rule).append('\n').append(row).append("\n\n");
        md.append(TextSummary.count(result.resources(), "resource")).append(" in ")
                .append(TextSummary.count(result.files(), "file"))
                .append(" checked.\n");
    }

    private static void writeFindings(List<Finding> findings, ReportBase base, StringBuilder md) {
        if (findings.isEmpty()) {
            return;
        }
        // stable: within a severity, the scanner's order by file and line stays
        List<Finding> sorted = findings.stream().sorted(Comparator.comparing(Finding::severity).reversed()).toList();
        md.append("\n| Severity | Rule | Resource | Location | Message | Fixable |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        for (Finding f : sorted.subList(0, Math.min(MAX_FINDINGS, sorted.size()))) {
            md.append("| ").append(f.severity().id())
                    .append(" | ").append(text(f.ruleId() + " " + f.rule()))
                    .append(" | ").append(code(f.resource()))
                    .append(" | ").append(f.file() == null ? "plan" : location(base.path(f.file()), f.line()))
                    .append(" | ").append(text(shorten(f.message()))).append(instances(f, base))
                    .append(" | ").append(fixable(f))
                    .append(" |\n");
        }
        more(sorted.size() - MAX_FINDINGS, "finding", md);
    }

    /** A place's other instances, on a line of their own in the message cell (decision 075); empty for one. */
    private static String instances(Finding f, ReportBase base) {
        String line = InstanceText.line(f, base);
        return line == null ? "" : "<br>" + text(line);
    }

    private static void writeErrors(List<LoadError> errors, ReportBase base, StringBuilder md) {
        if (errors.isEmpty()) {
            return;
        }
        md.append("\n### Errors\n\n")
                .append("Files that could not be loaded were not checked.\n\n")
                .append("| Location | Message |\n| --- | --- |\n");
        for (LoadError e : errors.subList(0, Math.min(MAX_ERRORS, errors.size()))) {
            md.append("| ").append(location(base.path(e.file()), e.line())).append(" | ").append(text(shorten(e.message())))
                    .append(" |\n");
        }
        more(errors.size() - MAX_ERRORS, "error", md);
    }

    private static void writeUnused(List<UnusedSuppression> unused, ReportBase base, StringBuilder md) {
        if (unused.isEmpty()) {
            return;
        }
        md.append("\n### Unused suppressions\n\n")
                .append(unused.get(0).fails() ? "They fail the run (`--strict`): " : "")
                .append("Each comment hides no finding any more; remove the rule IDs it names.\n\n")
                .append("| Location | Message |\n| --- | --- |\n");
        for (UnusedSuppression u : unused.subList(0, Math.min(MAX_ERRORS, unused.size()))) {
            md.append("| ").append(location(base.path(u.file()), u.line())).append(" | ").append(text(u.message()))
                    .append(" |\n");
        }
        more(unused.size() - MAX_ERRORS, "unused suppression", md);
    }

    private static void more(int hidden, String noun, StringBuilder md) {
        if (hidden > 0) {
            md.append("\n…and ").append(TextSummary.count(hidden, "more " + noun)).append(".\n");
        }
    }

    /** {@code file:line} as code; empty without a file (a finding from a plan shows {@code plan} instead). */
    private static String location(String file, int line) {
        String path = ReportPaths.normalise(file);
        if (path == null) {
            return "";
        }
        return code(line > 0 ? path + ":" + line : path);
    }

    /** {@code yes}, {@code no}, or {@code manual: <why finguard fix leaves it alone>}. */
    private static String fixable(Finding f) {
        String manual = ManualText.line(f);
        return f.fixable() ? "yes" : manual == null ? "no" : text(shorten(manual));
    }

    private static String shorten(String message) {
        String m = message == null ? "" : message.strip();
        return m.length() <= MAX_MESSAGE ? m : m.substring(0, MAX_MESSAGE - 1).strip() + "…";
    }

    /** A cell of plain text: markup escaped with backslashes, line breaks as {@code <br>}. */
    static String text(String value) {
        String clean = TerminalText.cleanKeepingLineBreaks(value).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == '\n') {
                out.append("<br>");
                continue;
            }
            if (MARKUP.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A cell shown as code. Inside a code span only {@code |} still needs escaping in a table; a value with a
     * backtick or a line break cannot be a code span and is shown as escaped text.
     */
    static String code(String value) {
        if (value == null || value.isEmpty() || value.indexOf('`') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return text(value);
        }
        return "`" + TerminalText.clean(value).replace("|", "\\|") + "`";
    }
}
