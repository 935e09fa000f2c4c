package io.finguard.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.engine.Finding;
import io.finguard.engine.ReportBase;
import io.finguard.engine.ScanResult;
import io.finguard.engine.UnusedSuppression;
import io.finguard.report.sarif.Invocation;
import io.finguard.report.sarif.Location;
import io.finguard.report.sarif.Message;
import io.finguard.report.sarif.Notification;
import io.finguard.report.sarif.ReportingDescriptorReference;
import io.finguard.report.sarif.Result;
import io.finguard.report.sarif.ResultProperties;
import io.finguard.report.sarif.Run;
import io.finguard.report.sarif.SarifLog;
import io.finguard.report.sarif.Suppression;
import io.finguard.report.sarif.SuppressionProperties;
import io.finguard.report.sarif.Tool;
import io.finguard.report.sarif.ToolComponent;
import io.finguard.terraform.LoadError;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code finguard scan --format sarif}: one SARIF 2.1.0 run, as GitHub code scanning reads it. Open findings come
 * first, then suppressed ones (marked with an in-source suppression); files that could not be read or parsed are
 * tool execution notifications, and make {@code executionSuccessful} false because part of the code went unchecked;
 * suppression comments that matched nothing are {@code warning} notifications ({@code error} under
 * {@code --strict}).
 * A finding with a fix carries it as {@code fixes}, so that a viewer can offer it.
 */
public final class SarifReport implements ScanReport {

    /** The key of the fingerprint in {@code partialFingerprints}; bump the suffix if the fingerprint recipe changes. */
    static final String FINGERPRINT_KEY = "finguard/v3";

    /** What a notification about a suppression comment that matched nothing is, for consumers that filter. */
    static final ReportingDescriptorReference UNUSED_SUPPRESSION =
            new ReportingDescriptorReference("finguard/unused-suppression");

    private final ObjectMapper mapper = ReportJson.mapper();

    @Override
    public void write(ScanResult result, ReportContext context, Writer out) throws IOException {
        ReportJson.write(mapper, toSarif(result, context), out);
    }

    /** The SARIF document for a result, before serialisation. */
    public SarifLog toSarif(ScanResult result, ReportContext context) {
        List<Finding> all = new ArrayList<>(result.findings());
        all.addAll(result.suppressed());
        SarifRules rules = new SarifRules(context.rules(), all, new RuleDocs(context.docsLoader()));
        ReportBase base = context.base();
        List<Result> results = new ArrayList<>();
        for (Finding f : all) {
            results.add(result(f, rules, base));
        }
        ToolComponent driver = new ToolComponent(ToolIdentity.NAME, context.toolVersion(),
                ToolIdentity.INFORMATION_URI, rules.descriptors());
        boolean columns = results.stream().anyMatch(r -> r.fixes() != null);
        Run run = new Run(new Tool(driver), List.of(invocation(result.errors(), result.unusedSuppressions(), base)),
                SarifLocations.originalUriBaseIds(base), results,
                columns ? SarifFixes.COLUMN_KIND : null);
        return SarifLog.of(run);
    }

    private static Result result(Finding f, SarifRules rules, ReportBase base) {
        Location location = SarifLocations.of(base.path(f.file()), f.line(), f.endLine(), f.resource());
        List<Suppression> suppressions = f.suppression() == null ? null
                : List.of(suppression(f.suppression(), base));
        return new Result(f.ruleId(), rules.indexOf(f.ruleId()), SarifLevels.level(f.severity()),
                new Message(f.message()), List.of(location), SarifInstances.callSites(f, base),
                f.fingerprint() == null ? null : Map.of(FINGERPRINT_KEY, f.fingerprint()),
                suppressions, SarifFixes.of(f.fix(), base),
                new ResultProperties(f.severity().id(), f.resource(), f.resourceType(), f.fixable(),
                        f.fixable() ? null : f.notFixableReason(), SarifInstances.of(f, base)));
    }

    private static Suppression suppression(Finding.Suppression s, ReportBase base) {
        Location where = s.file() == null ? null : SarifLocations.inFile(base.path(s.file()), s.line(), s.line());
        SuppressionProperties properties = s.until() == null ? null : new SuppressionProperties(s.until());
        return new Suppression("inSource", "accepted", s.reason(), where, properties);
    }

    private static Invocation invocation(List<LoadError> errors, List<UnusedSuppression> unused, ReportBase base) {
        List<Notification> notifications = new ArrayList<>();
        for (LoadError e : errors) {
            List<Location> locations = e.file() == null || e.file().isEmpty() ? null
                    : List.of(SarifLocations.inFile(base.path(e.file()), e.line(), e.line()));
            notifications.add(new Notification("error", new Message(e.message()), locations));
        }
        for (UnusedSuppression u : unused) {
            notifications.add(new Notification(u.fails() ? "error" : "warning", new Message(u.message()),
                    List.of(SarifLocations.inFile(base.path(u.file()), u.line(), u.line())), UNUSED_SUPPRESSION));
        }
        // a comment that hid nothing leaves no code unchecked: the run itself went well
        return new Invocation(errors.isEmpty(), notifications.isEmpty() ? null : notifications);
    }
}
