package io.finguard.report;

/**
 * Files as reports show them: relative to the scan root with {@code /}, whatever the platform that produced them,
 * so that a report made on Windows reads (and a SARIF upload resolves) like one made on Linux.
 */
final class ReportPaths {

    private ReportPaths() {
    }

    /** {@code modules\data\main.tf} and {@code ./main.tf} become {@code modules/data/main.tf} and {@code main.tf}. */
    static String normalise(String file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        String out = file.replace('\\', '/');
        while (out.startsWith("./")) {
            out = out.substring(2);
        }
        return out;
    }
}
