package io.finguard.maven;

import io.finguard.terraform.LoadError;
import io.finguard.api.Rule;
import io.finguard.api.Severity;
import io.finguard.engine.Finding;
import io.finguard.engine.ScanResult;
import io.finguard.engine.ScanService;
import io.finguard.engine.Version;
import io.finguard.report.ReportContext;
import io.finguard.report.ReportFormat;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code finguard:check}: scans the module's Terraform (and plan) in-process, as {@code finguard scan} does, logs
 * every finding, writes reports under {@code target/finguard/} (SARIF and JSON unless {@code formats} says
 * otherwise), and fails the build when more than
 * {@code maxAllowedViolations} findings are at or above {@code failOnSeverity}, or when a file could not be checked.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractFinguardMojo {

    /** Fail the build on violations; when false they are only logged (files that cannot be checked still fail). */
    @Parameter(property = "finguard.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /**
     * The least severity that counts as a violation: {@code low}, {@code medium}, {@code high} or {@code critical}.
     * Default: the configuration's {@code severity-threshold}, else {@code low} (every finding).
     */
    @Parameter(property = "finguard.failOnSeverity")
    String failOnSeverity;

    /** How many violations the build tolerates. */
    @Parameter(property = "finguard.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /**
     * Report formats to write, each to {@code finguard.<ext>} in {@code outputDirectory}: text, json, sarif, …, or
     * {@code none}. By default SARIF and JSON, so that every build leaves a machine-readable result in
     * {@code target/} as checkstyle, pmd and spotbugs do.
     */
    @Parameter(property = "finguard.formats", defaultValue = ReportFiles.DEFAULT_FORMATS)
    List<String> formats;

    /** Where the reports go. */
    @Parameter(property = "finguard.outputDirectory", defaultValue = "${project.build.directory}/finguard")
    File outputDirectory;

    @Override
    protected void executeOn(TerraformPaths paths) throws MojoExecutionException, MojoFailureException {
        // options are checked before the scan, so that a typo does not cost a scan first
        Severity threshold = threshold();
        List<ReportFormat> reportFormats;
        try {
            reportFormats = ReportFiles.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("finguard: formats: " + e.getMessage(), e);
        }
        ScanService.Run run = scan(new ScanService(), scanRequest(paths).threshold(threshold).build());
        ScanResult result = run.result();
        log(result, paths.root());
        writeReports(reportFormats, run, paths.root());
        verdict(result);
    }

    private Severity threshold() throws MojoExecutionException {
        if (failOnSeverity == null || failOnSeverity.isBlank()) {
            return null;
        }
        Severity s = Severity.parse(failOnSeverity.trim());
        if (s == null) {
            throw new MojoExecutionException("finguard: failOnSeverity: expected low, medium, high or critical, got \""
                    + failOnSeverity + "\"");
        }
        return s;
    }

    /** Violations as errors and lesser findings as warnings, whatever the verdict: the log is where people look. */
    private void log(ScanResult result, Path root) {
        for (Finding f : result.findings()) {
            if (f.severity().atLeast(result.threshold())) {
                getLog().error(FindingLines.of(f));
            } else {
                getLog().warn(FindingLines.of(f));
            }
        }
        result.errors().forEach(e -> getLog().error(FindingLines.of(e)));
        // the goal has no --strict: a comment that hides nothing is worth a warning, not a failed build
        result.unusedSuppressions().forEach(u -> getLog().warn(FindingLines.of(u)));
        for (Finding f : result.suppressed()) {
            getLog().debug("suppressed: " + FindingLines.of(f) + " (" + f.suppression().reason() + ")");
        }
        if (!result.unverified().isEmpty()) {
            // often many on a plan-less scan and not actionable one by one: the addresses are in the debug log
            getLog().info("finguard: " + result.unverified().size()
                    + " resources not verified (values unknown until apply; -X lists them)");
            getLog().debug("finguard: not verified: " + String.join(", ", result.unverified()));
        }
        getLog().info("finguard: " + result.findings().size() + " findings (" + violations(result).size()
                + " at or above " + result.threshold().id() + "), " + result.suppressed().size() + " suppressed, "
                + result.unverified().size() + " unverified, " + result.errors().size() + " errors in "
                + result.files() + " files under " + root);
    }

    private void writeReports(List<ReportFormat> reportFormats, ScanService.Run run, Path root)
            throws MojoExecutionException {
        if (reportFormats.isEmpty()) {
            return;
        }
        ReportContext context = new ReportContext(Version.get(),
                run.rules().all().stream().map(Rule::metadata).toList(), root, false);
        try {
            for (Path file : ReportFiles.write(reportFormats, outputDirectory.toPath(), run.result(), context)) {
                getLog().info("finguard: wrote " + file);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("finguard: cannot write reports to " + outputDirectory + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Files that could not be checked always fail: a check that skipped them proves nothing. Violations fail past
     * {@code maxAllowedViolations} when {@code failOnViolation} is on.
     */
    private void verdict(ScanResult result) throws MojoFailureException {
        List<Finding> violations = violations(result);
        boolean tooMany = violations.size() > maxAllowedViolations;
        List<String> reasons = new ArrayList<>();
        if (tooMany && failOnViolation) {
            reasons.add(FindingLines.list("finguard: " + violations.size() + " violation(s) at or above "
                    + result.threshold().id() + " (" + maxAllowedViolations + " allowed):", violations,
                    FindingLines::of));
        }
        List<LoadError> failing = result.failingErrors(false);
        if (!failing.isEmpty()) {
            reasons.add(FindingLines.list("finguard: " + failing.size() + " error(s): files not checked:",
                    failing, FindingLines::of));
        }
        if (!reasons.isEmpty()) {
            throw new MojoFailureException(String.join(System.lineSeparator(), reasons));
        }
        if (tooMany) {
            getLog().warn("finguard: " + violations.size() + " violation(s) at or above " + result.threshold().id()
                    + ", not failing the build: failOnViolation is false");
        } else if (!violations.isEmpty()) {
            getLog().info("finguard: " + violations.size() + " violation(s), within maxAllowedViolations ("
                    + maxAllowedViolations + ")");
        }
    }

    private static List<Finding> violations(ScanResult result) {
        return result.findings().stream().filter(f -> f.severity().atLeast(result.threshold())).toList();
    }
}
