package io.finguard.report;

/** How reports name finguard itself; the version comes from the {@link ReportContext}. */
final class ToolIdentity {

    static final String NAME = "finguard";

    /** Where people learn about the tool: SARIF {@code tool.driver.informationUri}. */
    static final String INFORMATION_URI = "https://github.com/finguard/finguard";

    private ToolIdentity() {
    }
}
