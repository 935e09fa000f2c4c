package io.finguard.report;

import io.finguard.api.Severity;
import io.finguard.engine.ScanResult;
import io.finguard.engine.UnusedSuppression;

import java.util.List;
import java.util.Map;

/**
 * The text report's last line, e.g. {@code 3 findings (1 critical, 1 high, 1 medium, 0 low). 12 resources in 5
 * files checked; 1 suppressed, 2 unverified, 0 errors.} or {@code No findings. …} when clean; {@code N baselined}
 * follows the suppressed count when {@code --baseline} left findings out, and {@code N unused suppressions} ends
 * it when some suppression comments matched nothing.
 */
final class TextSummary {

    /** Most severe first: the order a reader triages in. */
    private static final List<Severity> ORDER = List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM,
            Severity.LOW);

    private final Ansi ansi;

    TextSummary(Ansi ansi) {
        this.ansi = ansi;
    }

    String line(ScanResult result) {
        StringBuilder out = new StringBuilder();
        int findings = result.findings().size();
        if (findings == 0) {
            out.append(ansi.green("No findings."));
        } else {
            Map<Severity, Integer> counts = result.bySeverity();
            out.append(ansi.bold(count(findings, "finding"))).append(" (");
            for (int i = 0; i < ORDER.size(); i++) {
                Severity s = ORDER.get(i);
                out.append(i == 0 ? "" : ", ").append(counts.get(s)).append(' ').append(s.id());
            }
            // a finding is one place; say how many resource instances they stand for when that is more (075)
            int instances = result.findings().stream().mapToInt(f -> f.instances().size()).sum();
            out.append(instances > findings ? "; " + instances + " instances" : "").append(").");
        }
        out.append(' ').append(count(result.resources(), "resource")).append(" in ")
                .append(count(result.files(), "file")).append(" checked; ")
                .append(result.suppressed().size()).append(" suppressed, ")
                // only when a baseline hid something: without --baseline the count is noise
                .append(result.baselined() > 0 ? result.baselined() + " baselined, " : "")
                .append(result.unverified().size()).append(" unverified, ");
        String errors = count(result.errors().size(), "error");
        out.append(result.errors().isEmpty() ? errors : ansi.red(errors));
        // only when there are some, as baselined: a warning, and a failure under --strict
        int unused = result.unusedSuppressions().size();
        if (unused > 0) {
            String text = count(unused, "unused suppression");
            boolean fail = result.unusedSuppressions().stream().anyMatch(UnusedSuppression::fails);
            out.append(", ").append(fail ? ansi.red(text) : ansi.yellow(text));
        }
        // only when there are some: a scan without terraform init is common, and says so once
        int notLoaded = result.notLoaded().size();
        if (notLoaded > 0) {
            out.append(", ").append(ansi.yellow(count(notLoaded, "module call")
                    + " not loaded (run terraform init to check " + (notLoaded == 1 ? "it" : "them") + ")"));
        }
        return out.append('.').toString();
    }

    /** {@code 1 finding}, {@code 3 findings}: for nouns whose plural adds an s. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
