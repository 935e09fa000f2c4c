package io.finguard.report;

import io.finguard.engine.ScanResult;

import java.io.IOException;
import java.io.Writer;

/** One report format. Writes to the given writer, flushes it, and leaves closing it to the caller. */
public interface ScanReport {

    void write(ScanResult result, ReportContext context, Writer out) throws IOException;
}
