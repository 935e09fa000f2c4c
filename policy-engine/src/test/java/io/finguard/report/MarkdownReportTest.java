package io.finguard.report;

import io.finguard.api.Severity;
import io.finguard.engine.Finding;
import io.finguard.terraform.LoadError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReportTest {

    private static final MarkdownReport MARKDOWN = new MarkdownReport();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.finguard.report.ReportCases#all")
    void matchesExpectedFile(ReportCases.Case c) throws IOException {
        String md = ReportCases.render(MARKDOWN, c.result());
        ExpectedFiles.assertMatches(c.name() + ".md", md);
        // every row of a table has as many cells as its header: an unescaped | would add one
        for (String line : md.lines().filter(l -> l.startsWith("|")).toList()) {
            int cells = line.replace("\\|", "").split("\\|", -1).length;
            assertTrue(cells == 8 || cells == 9 || cells == 4, "cells in " + line);
        }
    }

    @Test
    void headingCountsBySeverityAndTheFindingsMostSevereFirst() {
        List<String> lines = ReportCases.render(MARKDOWN, ReportCases.named("several-files").result()).lines()
                .toList();
        assertEquals("## finguard: 4 findings", lines.get(0));
        assertEquals("| critical | high | medium | low | suppressed | unverified | errors |", lines.get(2));
        assertEquals("| 1 | 1 | 1 | 1 | 0 | 2 | 0 |", lines.get(4));
        assertEquals("| critical | FG201 autoscaling-max-cap | `aws_autoscaling_group.workers` | `main.tf:20` | "
                + "max\\_size 50 is above the cap of 20. | yes |", lines.get(10));
        assertTrue(lines.get(13).startsWith("| low | FG502 lambda-log-group |"), lines.get(13));
    }

    @Test
    void aCleanScanSaysSo() {
        String md = ReportCases.render(MARKDOWN, ReportCases.named("empty").result());
        assertTrue(md.startsWith("## finguard: no findings\n"), md);
        assertFalse(md.contains("| Severity |"), "no empty findings table: " + md);
    }

    @Test
    void theTableIsCutAtFiftyRowsWithHowManyMore() {
        List<Finding> findings = IntStream.range(0, 57).mapToObj(i -> ReportCases.finding("FG501", "log-retention",
                i == 56 ? Severity.HIGH : Severity.MEDIUM, "aws_cloudwatch_log_group.g" + i, "logs.tf", i + 1, i + 1,
                "No retention " + i + ".", true, "f" + i)).toList();
        List<LoadError> errors = IntStream.range(0, 21).mapToObj(i -> new LoadError("bad" + i + ".tf", 1, "Bad."))
                .toList();
        String md = ReportCases.render(MARKDOWN, ReportCases.result(findings, List.of(), errors, 0));
        assertEquals(MarkdownReport.MAX_FINDINGS, md.lines().filter(l -> l.startsWith("| medium ")
                || l.startsWith("| high ")).count());
        assertTrue(md.contains("| high | FG501 log-retention | `aws_cloudwatch_log_group.g56` |"),
                "the most severe finding is shown although it came last: " + md);
        assertTrue(md.contains("\n…and 7 more findings.\n"), md);
        assertTrue(md.contains("\n…and 1 more error.\n"), md);
        assertTrue(md.startsWith("## finguard: 57 findings, 21 errors\n"), md);
        assertTrue(md.length() < 20_000, "comment-sized: " + md.length());
    }

    @Test
    void cellsEscapeTablePipesMarkupAndLineBreaks() {
        assertEquals("a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<b\\> \\$x\\$ \\~s\\~ \\&amp; \\\\<br>next",
                MarkdownReport.text("a | b *c* _d_ `e` [f](g) <b> $x$ ~s~ &amp; \\\nnext"));
        // the escapes TerminalText shows are text too: their backslash is escaped so that it is displayed
        assertEquals("\\\\u001B\\[2J \\\\u202E", MarkdownReport.text("\u001B[2J \u202E"));
        assertEquals("`aws_s3_bucket.x[\"a\\|b\"]`", MarkdownReport.code("aws_s3_bucket.x[\"a|b\"]"));
        assertEquals("x\\`y", MarkdownReport.code("x`y"));
    }

    @Test
    void longMessagesAreShortened() {
        Finding f = ReportCases.finding("FG101", "mandatory-tags", Severity.HIGH, "aws_s3_bucket.a", "main.tf", 1, 1,
                "x".repeat(1000), false, "1");
        String md = ReportCases.render(MARKDOWN, ReportCases.result(List.of(f), List.of(), List.of(), 0));
        assertTrue(md.contains(" | " + "x".repeat(MarkdownReport.MAX_MESSAGE - 1) + "… | no |"), md);
    }
}
