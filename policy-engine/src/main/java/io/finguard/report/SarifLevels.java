package io.finguard.report;

import io.finguard.api.Severity;

/** How finguard's four severities map onto SARIF's levels and GitHub's {@code problem.severity}. */
final class SarifLevels {

    private SarifLevels() {
    }

    /** critical and high fail a check in GitHub (error), medium warns, low is a note. */
    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "note";
        };
    }

    /** GitHub's word for a note is {@code recommendation}. */
    static String problemSeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "recommendation";
        };
    }
}
