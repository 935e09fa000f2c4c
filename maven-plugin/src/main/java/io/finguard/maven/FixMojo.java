package io.finguard.maven;

import io.finguard.terraform.LoadError;
import io.finguard.fix.AtomicFiles;
import io.finguard.engine.RuleIds;
import io.finguard.engine.ScanRequest;
import io.finguard.engine.ScanSetupException;
import io.finguard.fix.FixResult;
import io.finguard.fix.FixService;
import io.finguard.fix.FixedFiles;
import io.finguard.fix.UnifiedDiff;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code finguard:fix}: applies the rules' fixes to the module's Terraform in-process, as {@code finguard fix --write}
 * does (several passes, each file written atomically and only if nobody changed it meanwhile), and logs each fix and
 * each finding it left alone with the reason. With {@code dryRun} it writes no Terraform file: the diff goes to the
 * log and to {@code finguard-fix.diff}. Bound to no phase: it changes sources, so it runs when asked for
 * ({@code mvn finguard:fix}).
 * <p>
 * Findings left alone do not fail the build ({@code check} is the goal that fails on findings); a file that could not
 * be read or parsed, a fix that would leave a file unparsable, a file changed on disk meanwhile, or fixes that never
 * settle do.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = true)
public class FixMojo extends AbstractFinguardMojo {

    /** The file a dry run writes in {@code outputDirectory}. */
    static final String DIFF_FILE = "finguard-fix.diff";

    /** Fix only these rules' findings (rule IDs, comma-separated on the command line). Default: every enabled rule. */
    @Parameter(property = "finguard.rules")
    List<String> rules;

    /** Change no Terraform file: log the diff and write it to {@code finguard-fix.diff} in {@code outputDirectory}. */
    @Parameter(property = "finguard.dryRun", defaultValue = "false")
    boolean dryRun;

    /** Where a dry run writes its diff. */
    @Parameter(property = "finguard.outputDirectory", defaultValue = "${project.build.directory}/finguard")
    File outputDirectory;

    @Override
    protected String planIgnoredBecause() {
        return "fix edits the .tf files, and a plan's values do not change when they are edited";
    }

    @Override
    protected void executeOn(TerraformPaths paths) throws MojoExecutionException, MojoFailureException {
        ScanRequest request = scanRequest(paths).onlyRules(RuleIds.parse(rules == null ? List.of() : rules)).build();
        FixResult result;
        try {
            result = new FixService().fix(request);
        } catch (ScanSetupException e) {
            // the engine names the CLI's option; here the same value comes from the rules parameter
            throw new MojoExecutionException("finguard: " + e.getMessage().replaceFirst("^--rule:", "rules:"), e);
        }
        log(result);
        List<String> reasons = new ArrayList<>();
        if (dryRun) {
            writeDiff(result);
        } else if (!result.files().isEmpty()) {
            FixedFiles.Outcome outcome = FixedFiles.write(result.files());
            outcome.written().forEach(path -> getLog().info("finguard: wrote " + path));
            if (!outcome.complete()) {
                reasons.add(FindingLines.list("finguard: " + outcome.notWritten().size()
                        + " file(s) left as they are:", outcome.notWritten(), n -> n.path() + ": " + n.reason()));
            }
        }
        verdict(result, reasons);
    }

    /** What was fixed, what was left alone and why: the log is all a person sees of a fix run. */
    private void log(FixResult result) {
        if (result.files().isEmpty()) {
            getLog().info("finguard: nothing to fix under " + result.root());
        } else {
            getLog().info("finguard: " + result.applied().size() + " fix(es) in " + result.files().size()
                    + " file(s) under " + result.root() + (dryRun ? " (dry run: no file is changed)" : ""));
        }
        for (FixResult.AppliedFix a : result.applied()) {
            getLog().info("finguard: fix " + FindingLines.where(a.finding()) + a.finding().ruleId() + " "
                    + a.finding().resource() + ": " + a.description());
        }
        for (FixResult.LeftAlone l : result.leftAlone()) {
            getLog().warn("finguard: left alone " + FindingLines.where(l.finding()) + l.finding().ruleId() + " "
                    + l.finding().resource() + ": " + l.finding().message() + " (" + l.reason() + ")");
        }
        result.refused().forEach(r -> getLog().error("finguard: " + FindingLines.of(r)));
        result.errors().forEach(e -> getLog().error(FindingLines.of(e)));
    }

    /**
     * The diff into {@code finguard-fix.diff}, replaced on every dry run (empty when there is nothing to fix, so an
     * old diff is never mistaken for the current one), and into the log line by line.
     */
    private void writeDiff(FixResult result) throws MojoExecutionException {
        String diff = UnifiedDiff.of(result);
        Path file = outputDirectory.toPath().resolve(DIFF_FILE);
        try {
            AtomicFiles.write(file, diff);
        } catch (IOException e) {
            throw new MojoExecutionException("finguard: cannot write " + file + ": " + e.getMessage(), e);
        }
        if (diff.isEmpty()) {
            getLog().info("finguard: wrote " + file + " (empty: nothing to fix)");
            return;
        }
        getLog().info("finguard: wrote " + file + "; 'git apply' it to fix the files:");
        diff.lines().forEach(getLog()::info);
    }

    /** Fails on what was not fixed for a reason other than the rules' own: files unread, refused or unwritten. */
    private void verdict(FixResult result, List<String> reasons) throws MojoFailureException {
        List<LoadError> failing = LoadError.failing(result.errors(), false);
        if (!failing.isEmpty()) {
            reasons.add(0, FindingLines.list("finguard: " + failing.size()
                    + " error(s): files not checked or fixed:", failing, FindingLines::of));
        }
        if (!result.refused().isEmpty()) {
            reasons.add(FindingLines.list("finguard: " + result.refused().size() + " file(s) not fixed:",
                    result.refused(), FindingLines::of));
        }
        if (!result.converged()) {
            reasons.add("finguard: " + FixService.NOT_CONVERGED);
        }
        if (!reasons.isEmpty()) {
            throw new MojoFailureException(String.join(System.lineSeparator(), reasons));
        }
    }
}
