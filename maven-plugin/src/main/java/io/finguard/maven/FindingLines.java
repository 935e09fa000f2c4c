package io.finguard.maven;

import io.finguard.engine.Finding;
import io.finguard.engine.UnusedSuppression;
import io.finguard.fix.FixApplier;
import io.finguard.terraform.LoadError;

import java.util.List;
import java.util.function.Function;

/**
 * One line per finding or error, as the build log and failure messages show them: what a person needs to go
 * straight to the problem (rule, severity, file and line, resource, message), the file relative to the scanned
 * directory as in every finguard report.
 */
final class FindingLines {

    /** How many lines a failure message lists before "and N more": the full list is in the log and the reports. */
    static final int LISTED = 20;

    private FindingLines() {
    }

    /** {@code FG101 (high) main.tf:3 aws_s3_bucket.logs: missing tag Owner}; a plan-only finding has no file. */
    static String of(Finding f) {
        return f.ruleId() + " (" + f.severity().id() + ") " + where(f) + f.resource() + more(f) + ": " + f.message();
    }

    /** A finding is one place; in a module used several times it stands for more instances than the one named. */
    private static String more(Finding f) {
        int others = f.instances().size() - 1;
        return others == 0 ? "" : " (and " + others + " more instance" + (others == 1 ? "" : "s") + ")";
    }

    /** {@code main.tf:3 }, or nothing for a finding without a file. */
    static String where(Finding f) {
        return f.file() == null ? "" : f.file() + (f.line() > 0 ? ":" + f.line() : "") + " ";
    }

    /** {@code main.tf:3: expected an expression}; an error about the whole run has no file. */
    static String of(LoadError e) {
        if (e.file() == null) {
            return e.message();
        }
        return e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.message();
    }

    /** {@code main.tf:3: suppression of FG501 matches no finding; …}. */
    static String of(UnusedSuppression u) {
        return u.file() + ":" + u.line() + ": " + u.message();
    }

    /** {@code main.tf:4: the fixed file would not parse (…), so it is left as it is}. */
    static String of(FixApplier.Refusal r) {
        return r.file() + (r.line() > 0 ? ":" + r.line() : "") + ": " + r.message();
    }

    /** {@code header}, then the first {@link #LISTED} items indented, then "and N more" when there were more. */
    static <T> String list(String header, List<T> items, Function<T, String> line) {
        StringBuilder out = new StringBuilder(header);
        items.stream().limit(LISTED).forEach(item -> out.append(System.lineSeparator()).append("  ")
                .append(line.apply(item)));
        if (items.size() > LISTED) {
            out.append(System.lineSeparator()).append("  and ").append(items.size() - LISTED).append(" more");
        }
        return out.toString();
    }
}
