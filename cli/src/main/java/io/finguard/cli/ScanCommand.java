package io.finguard.cli;

import io.finguard.api.Rule;
import io.finguard.api.Severity;
import io.finguard.cli.spi.ExitCode;
import io.finguard.engine.RuleIds;
import io.finguard.engine.ScanRequest;
import io.finguard.engine.ScanResult;
import io.finguard.engine.ScanService;
import io.finguard.engine.ScanSetupException;
import io.finguard.engine.Version;
import io.finguard.fix.AtomicFiles;
import io.finguard.report.ReportContext;
import io.finguard.report.ReportFormat;
import io.finguard.report.Reports;
import io.finguard.report.TerminalColour;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code finguard scan}: checks Terraform (HCL, a plan, or both) against the cost rules and writes each requested
 * report. Exit 0 when nothing is at or above the threshold, 1 for findings or unparseable files, 2 for usage and
 * configuration errors.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Check Terraform for cloud-cost problems.")
public final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Mixin
    ConfigOption config;

    @Mixin
    PolicyOptions policies;

    @ArgGroup(exclusive = false, multiplicity = "0..*", order = 1, heading = "%nReports: each --format goes to the "
            + "--output after it, or to stdout without one (one report at most); repeat the pair for several reports "
            + "in one run, e.g.%n  --format sarif --output r.sarif --format junit --output r.xml --format text%n")
    List<ReportTarget.Pair> reports = new ArrayList<>();

    @Option(names = "--severity-threshold", paramLabel = "LEVEL",
            description = "low, medium, high or critical: findings below it do not fail the run.")
    String threshold;

    @Option(names = "--rule", paramLabel = "ID", description = "Run only this rule (repeatable).")
    List<String> rules = new ArrayList<>();

    @Option(names = "--skip-rule", paramLabel = "ID", description = "Do not run this rule (repeatable).")
    List<String> skipRules = new ArrayList<>();

    @Option(names = "--strict", description = "Report resources that cannot be verified as findings, and fail on "
            + "suppression comments that match no finding.")
    boolean strict;

    @Option(names = "--quiet", description = "Print nothing on stderr but errors.")
    boolean quiet;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Leave out the findings this file lists "
            + "(see 'finguard baseline create'); they are counted as baselined and do not fail the run.")
    Path baseline;

    @Option(names = "--changed-since", paramLabel = "GITREF", description = "Report only files changed since the "
            + "merge base of GITREF (branch, tag or commit) and HEAD, plus uncommitted ones; modules still load whole.")
    String changedSince;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<ReportTarget> targets = ReportTarget.pair(reports, err);
        Severity severity = threshold == null ? null : Severity.parse(threshold);
        if (targets == null || (threshold != null && severity == null)) {
            if (threshold != null && severity == null) {
                err.println("finguard: --severity-threshold: expected low, medium, high or critical, got \""
                        + threshold + "\"");
            }
            return ExitCode.USAGE.code;
        }
        ScanService service = new ScanService();
        ScanRequest request = model.scanRequest()
                .config(config.file())
                .onlyRules(RuleIds.parse(rules))
                .skipRules(RuleIds.parse(skipRules))
                .threshold(severity)
                .strict(strict)
                .baseline(baseline)
                .changedSince(changedSince)
                .policies(policies.sources())
                .build();
        ScanResult result;
        List<io.finguard.api.RuleMetadata> ruleMetadata;
        try {
            ScanService.Run run = service.run(request);
            result = run.result();
            // the config's custom rules belong in the reports' rule lists beside the installed ones
            ruleMetadata = run.rules().all().stream().map(Rule::metadata).toList();
        } catch (ScanSetupException e) {
            err.println("finguard: " + e.getMessage());
            return ExitCode.USAGE.code;
        }
        for (ReportTarget target : targets) {
            boolean colour = target.output() == null && target.format() == ReportFormat.TEXT
                    && TerminalColour.wanted(System.console() != null, System.getenv());
            ReportContext context = new ReportContext(Version.get(), ruleMetadata, request.root(), colour);
            if (target.output() == null) {
                Reports.render(target.format(), result, context, spec.commandLine().getOut());
            } else {
                StringWriter buffer = new StringWriter();
                Reports.render(target.format(), result, context, buffer);
                AtomicFiles.write(target.output(), buffer.toString());
            }
        }
        // the text report on stdout ends with the same summary; other formats get it on stderr for the person
        boolean textOnStdout = targets.stream().anyMatch(t -> t.output() == null && t.format() == ReportFormat.TEXT);
        if (!quiet && !textOnStdout) {
            err.println("finguard: " + result.findings().size() + " findings, " + result.suppressed().size()
                    + " suppressed, " + (result.baselined() > 0 ? result.baselined() + " baselined, " : "")
                    + result.unverified().size() + " unverified, " + result.errors().size()
                    + " errors in " + result.files() + " files");
        }
        return result.failed(strict) ? ExitCode.FINDINGS.code : ExitCode.OK.code;
    }
}
