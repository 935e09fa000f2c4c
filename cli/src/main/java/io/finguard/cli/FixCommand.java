package io.finguard.cli;

import io.finguard.cli.spi.ExitCode;
import io.finguard.engine.Finding;
import io.finguard.engine.ReportBase;
import io.finguard.engine.RuleIds;
import io.finguard.engine.ScanRequest;
import io.finguard.engine.ScanSetupException;
import io.finguard.fix.FixApplier;
import io.finguard.fix.FixBranch;
import io.finguard.fix.FixBranchException;
import io.finguard.fix.FixResult;
import io.finguard.fix.FixService;
import io.finguard.fix.FixedFiles;
import io.finguard.fix.UnifiedDiff;
import io.finguard.terraform.LoadError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code finguard fix}: applies the rules' fixes (see {@link FixService}) and prints them as a unified diff, writes
 * them in place, or commits them on a new branch. Stdout carries the diff and nothing else; what was fixed and
 * what was left alone, and why, go to stderr.
 */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fix what the rules can fix, touching only the lines they must.",
                "Prints a unified diff that 'git apply' takes (paths relative to the top of the git repository, "
                        + "else to the scan root); --write applies it, --git-branch commits it on a new branch."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:Fixed, printed or written; or nothing to fix. Findings without a fix do not fail it.",
                "1:A file could not be parsed, a fixed file would not parse (it is left as it is), a file changed "
                        + "on disk while it was being fixed (it is left as it is), or fixes still changed files "
                        + "after " + FixService.MAX_PASSES + " passes.",
                "2:A usage or configuration error; --git-branch outside a git repository, with uncommitted "
                        + "changes, with an existing branch or on an untracked file (nothing is written)."})
public final class FixCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HclOptions hcl;

    @Mixin
    ConfigOption config;

    @Option(names = "--rule", paramLabel = "ID", description = "Fix only this rule's findings (repeatable).")
    List<String> rules = new ArrayList<>();

    @Option(names = "--write", description = "Write the fixed files in place (each atomically, permissions kept) "
            + "instead of printing the diff.")
    boolean write;

    @Option(names = "--git-branch", paramLabel = "NAME",
            description = "From a clean work tree: create branch NAME at HEAD, check it out, write the fixed files "
                    + "and commit them there (the repository stays on NAME).")
    String gitBranch;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ScanRequest request = hcl.scanRequest().config(config.file()).onlyRules(RuleIds.parse(rules)).build();
        FixBranch branch = null;
        try {
            if (gitBranch != null) {
                // refused before any work: a dirty tree or an existing branch is known up front
                request.checkInputs();
                branch = FixBranch.open(repositoryDirectory(request));
                branch.checkReady(gitBranch);
            }
            FixResult result = new FixService().fix(request);
            ReportBase base = ReportBase.of(request.root());
            summarise(result, base, err);
            boolean done = result.files().isEmpty() || deliver(result, branch, base, err);
            return result.failed() || !done ? ExitCode.FINDINGS.code : ExitCode.OK.code;
        } catch (ScanSetupException | FixBranchException e) {
            err.println("finguard: " + e.getMessage());
            return ExitCode.USAGE.code;
        } catch (IOException e) {
            err.println("finguard: " + e.getMessage());
            return ExitCode.FINDINGS.code;
        } finally {
            if (branch != null) {
                branch.close();
            }
        }
    }

    /** Prints, writes or commits the fixed files; false when some file was left as it is. */
    private boolean deliver(FixResult result, FixBranch branch, ReportBase base, PrintWriter err)
            throws FixBranchException, IOException {
        if (branch != null) {
            return commit(result, branch, base, err);
        }
        if (write) {
            return written(FixedFiles.write(result.files()), base, err);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(UnifiedDiff.of(result));
        out.flush();
        return true;
    }

    private boolean commit(FixResult result, FixBranch branch, ReportBase base, PrintWriter err)
            throws FixBranchException, IOException {
        branch.checkTracked(result.files());
        List<String> changed = FixedFiles.changedOnDisk(result.files());
        if (!changed.isEmpty()) {
            err.println("finguard: changed on disk while finguard was fixing them, so nothing was written or "
                    + "committed: " + String.join(", ", changed.stream().map(base::path).toList()));
            return false;
        }
        FixBranch.Commit commit = branch.commit(gitBranch, result.files(), FixBranch.message(result));
        if (commit.id() == null) {
            written(commit.writes(), base, err);
            err.println("finguard: nothing committed; branch " + gitBranch + " is checked out with the files "
                    + "written so far");
            return false;
        }
        err.println("finguard: committed " + count(result.applied().size(), "fix", "fixes") + " in "
                + count(result.files().size(), "file", "files") + " on branch " + gitBranch + " (" + commit.id()
                + "); the repository is now on " + gitBranch);
        return true;
    }

    private static boolean written(FixedFiles.Outcome outcome, ReportBase base, PrintWriter err) {
        if (!outcome.written().isEmpty()) {
            List<String> paths = outcome.written().stream().map(base::path).toList();
            err.println("finguard: wrote " + String.join(", ", paths));
        }
        for (FixedFiles.NotWritten n : outcome.notWritten()) {
            err.println("finguard: left " + base.path(n.path()) + " as it is: " + n.reason());
        }
        return outcome.complete();
    }

    /**
     * What was fixed, what was left alone and why, and what went wrong: for the person, on stderr. Files are named
     * from {@code base}, as in every report and in the fixes' own descriptions (decision 073).
     */
    private static void summarise(FixResult result, ReportBase base, PrintWriter err) {
        if (result.files().isEmpty()) {
            err.println("finguard: nothing to fix");
        } else {
            err.println("finguard: " + count(result.applied().size(), "fix", "fixes") + " in "
                    + count(result.files().size(), "file", "files"));
            for (FixResult.AppliedFix a : result.applied()) {
                err.println("  " + where(a.finding(), base) + "  " + a.finding().ruleId() + "  "
                        + a.finding().resource() + ": " + a.description());
            }
        }
        if (!result.leftAlone().isEmpty()) {
            err.println("finguard: " + count(result.leftAlone().size(), "finding", "findings") + " left alone:");
            for (FixResult.LeftAlone l : result.leftAlone()) {
                err.println("  " + where(l.finding(), base) + "  " + l.finding().ruleId() + "  "
                        + l.finding().resource() + ": " + l.finding().message() + " (" + l.reason() + ")");
            }
        }
        for (FixApplier.Refusal r : result.refused()) {
            err.println("finguard: " + base.path(r.file()) + (r.line() > 0 ? ":" + r.line() : "") + ": "
                    + r.message());
        }
        for (LoadError e : result.errors()) {
            err.println("finguard: " + (e.file() == null ? ""
                    : base.path(e.file()) + (e.line() > 0 ? ":" + e.line() : "") + ": ") + e.message());
        }
        if (!result.converged()) {
            err.println("finguard: " + FixService.NOT_CONVERGED);
        }
    }

    private static String where(Finding f, ReportBase base) {
        return f.file() == null ? f.resource() : base.path(f.file()) + ":" + f.line();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The directory whose repository {@code --git-branch} commits to: that of the first PATH. */
    private static Path repositoryDirectory(ScanRequest request) {
        Path first = request.paths().get(0).toAbsolutePath().normalize();
        return Files.isDirectory(first) ? first : first.getParent();
    }
}
