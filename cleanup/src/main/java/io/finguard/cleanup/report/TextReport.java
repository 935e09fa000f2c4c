package io.finguard.cleanup.report;

import io.finguard.cleanup.model.Action;
import io.finguard.cleanup.model.CleanupReport;
import io.finguard.cleanup.model.Summary;
import java.util.Locale;

/** The readable form of a cleanup report: one line per action, then the totals. */
public final class TextReport {

    public String render(CleanupReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append(report.dryRun() ? "finguard cleanup (dry run: nothing was changed)" : "finguard cleanup (applied)")
                .append(System.lineSeparator());
        if (report.actions().isEmpty()) {
            sb.append("  nothing to clean up").append(System.lineSeparator());
        }
        for (Action a : report.actions()) {
            sb.append(String.format(Locale.ROOT, "  %-8s %-13s %-10s %-14s %s  $%.2f/month%n", a.status().jsonName(),
                    a.action().jsonName(), a.resourceType().jsonName(), a.region(), a.id(), a.estimatedMonthlySavingsUsd()));
            sb.append("           ").append(a.reason()).append(System.lineSeparator());
            if (a.error() != null) {
                sb.append("           ").append(a.status().jsonName()).append(": ").append(a.error())
                        .append(System.lineSeparator());
            }
        }
        Summary s = report.summary();
        sb.append(String.format(Locale.ROOT, "%d action(s) on %d resource(s): %d planned, %d done, %d failed, %d skipped;"
                        + " estimated savings $%.2f/month%n", s.actions(), s.resources(), s.planned(), s.done(),
                s.failed(), s.skipped(), s.estimatedMonthlySavingsUsd()));
        return sb.toString();
    }
}
