package io.finguard.report.sarif;

/** Names a notification's kind by id ({@code finguard/unused-suppression}). */
public record ReportingDescriptorReference(String id) {
}
