package io.finguard.report;

import io.finguard.api.Severity;
import io.finguard.engine.Finding;
import io.finguard.engine.ReportBase;
import io.finguard.engine.ScanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextReportTest {

    static String render(ScanResult result, ReportContext context) {
        return ReportCases.render(new TextReport(), result, context);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.finguard.report.ReportCases#all")
    void matchesExpectedFile(ReportCases.Case c) throws IOException {
        String text = render(c.result(), ReportCases.context(false));
        assertFalse(text.contains("\u001B"), "no escape character without colour, not even from the source");
        ExpectedFiles.assertMatches(c.name() + ".txt", text);
    }

    @Test
    void colourOnlyWhenAsked() throws IOException {
        String text = render(ReportCases.named("several-files").result(), ReportCases.context(true));
        ExpectedFiles.assertMatches("several-files.colour.txt", text);
        assertTrue(text.contains("\u001B[1;35mCRITICAL\u001B[0m"));
    }

    @Test
    void cleanResultSaysNoFindings() throws IOException {
        String text = render(ReportCases.named("empty").result(), ReportCases.context(false));
        assertTrue(text.startsWith("No findings."), text);
        assertEquals(1, text.lines().count());
    }

    @Test
    void unreadableSourceIsSkipped() throws IOException {
        ReportContext missingRoot = new ReportContext("1", List.of(), Path.of("no", "such", "root"), false)
                .withBase(ReportBase.NONE);
        String text = render(ReportCases.named("several-files").result(), missingRoot);
        assertFalse(text.contains(" | "), "no excerpt without the source: " + text);
        assertTrue(text.contains("aws_s3_bucket.logs"));
        ReportContext noRoot = new ReportContext("1", List.of(), null, false);
        assertEquals(text, render(ReportCases.named("several-files").result(), noRoot));
    }

    @Test
    void aFileAsRootMeansItsDirectory() throws IOException {
        ReportContext fileRoot = new ReportContext("1", List.of(), ReportCases.projectRoot().resolve("main.tf"), false);
        assertEquals(ReportCases.projectRoot().toAbsolutePath(), fileRoot.root());
        assertEquals(ReportBase.of(ReportCases.projectRoot()), fileRoot.base(), "the directory's base");
        fileRoot = fileRoot.withBase(ReportCases.context(false).base());
        assertEquals(render(ReportCases.named("several-files").result(), ReportCases.context(false)),
                render(ReportCases.named("several-files").result(), fileRoot));
    }

    @Test
    void lineBeyondTheEndOfTheFileShowsNoExcerpt() throws IOException {
        Finding f = ReportCases.finding("FG101", "mandatory-tags", Severity.HIGH, "aws_s3_bucket.x", "main.tf",
                400, 402, "Stale line.", false, "1");
        String text = render(ReportCases.result(List.of(f), List.of(), List.of(), 0), ReportCases.context(false));
        assertFalse(text.contains(" | "), text);
    }

    @Test
    void longExcerptsAreCut() throws IOException {
        Finding f = ReportCases.finding("FG201", "autoscaling-max-cap", Severity.HIGH,
                "aws_autoscaling_group.workers", "main.tf", 17, 26, "Whole block.", false, "1");
        String text = render(ReportCases.result(List.of(f), List.of(), List.of(), 0), ReportCases.context(false));
        assertTrue(text.contains("      17 | resource \"aws_autoscaling_group\" \"workers\" {\n"), text);
        assertTrue(text.contains("      20 |   max_size         = 50\n"), text);
        assertFalse(text.contains("      21 |"), text);
        assertTrue(text.contains("         | ... 6 more lines\n"), text);
    }
}
