package io.finguard.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportsTest {

    @Test
    void formatsParseByTheirCommandLineNames() {
        assertEquals(ReportFormat.SARIF, ReportFormat.parse("sarif"));
        assertEquals(ReportFormat.JSON, ReportFormat.parse("JSON"));
        assertEquals("text", ReportFormat.TEXT.id());
        assertEquals(ReportFormat.MARKDOWN, ReportFormat.parse("markdown"));
        assertNull(ReportFormat.parse("xml"));
        assertEquals("text, json, sarif, junit, github or markdown", ReportFormat.names());
    }

    @Test
    void renderWritesTheChosenFormatAndLeavesTheWriterOpen() throws IOException {
        for (ReportFormat format : ReportFormat.values()) {
            StringWriter out = new StringWriter();
            Reports.render(format, ReportCases.named("several-files").result(), ReportCases.context(false), out);
            String report = out.toString();
            switch (format) {
                case JSON -> assertTrue(report.startsWith("{\n  \"schemaVersion\": 1,"), report);
                case SARIF -> assertTrue(report.contains("\"version\": \"2.1.0\""), report);
                case TEXT -> assertTrue(report.startsWith("main.tf\n"), report);
                case JUNIT -> assertTrue(report.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"),
                        report);
                case GITHUB -> assertTrue(report.startsWith("::error file="), report);
                case MARKDOWN -> assertTrue(report.startsWith("## finguard: 4 findings\n"), report);
            }
            assertTrue(report.endsWith("\n"));
            out.write("still open");
        }
    }
}
