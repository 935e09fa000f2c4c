package io.finguard.report;

import io.finguard.engine.ScanResult;

import java.io.IOException;
import java.io.Writer;

/**
 * The entry point the scan command, the Maven plugin and the Action use: one format, one writer. The writer should
 * encode UTF-8 (SARIF requires it, and messages and paths may hold any character); it is flushed, never closed.
 */
public final class Reports {

    private Reports() {
    }

    public static ScanReport of(ReportFormat format) {
        return switch (format) {
            case TEXT -> new TextReport();
            case JSON -> new JsonReport();
            case SARIF -> new SarifReport();
            case JUNIT -> new JunitReport();
            case GITHUB -> new GithubReport();
            case MARKDOWN -> new MarkdownReport();
        };
    }

    public static void render(ReportFormat format, ScanResult result, ReportContext context, Writer out)
            throws IOException {
        of(format).write(result, context, out);
    }
}
