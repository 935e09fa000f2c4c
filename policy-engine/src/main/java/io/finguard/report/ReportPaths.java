package io.finguard.report;

import io.finguard.engine.ReportBase;

/**
 * Files as reports show them: with {@code /}, whatever the platform that produced them, so that a report made on
 * Windows reads (and a SARIF upload resolves) like one made on Linux. Relative to what is {@link ReportBase}'s
 * business; this is the spelling alone.
 */
final class ReportPaths {

    private ReportPaths() {
    }

    /** {@code modules\data\main.tf} and {@code ./main.tf} become {@code modules/data/main.tf} and {@code main.tf}. */
    static String normalise(String file) {
        return ReportBase.normalise(file);
    }
}
