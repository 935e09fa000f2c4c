package io.finguard.cli;

import io.finguard.cli.spi.ExitCode;
import io.finguard.engine.Baseline;
import io.finguard.engine.ReportBase;
import io.finguard.engine.BaselineFile;
import io.finguard.engine.ScanRequest;
import io.finguard.engine.ScanResult;
import io.finguard.engine.ScanService;
import io.finguard.engine.ScanSetupException;
import io.finguard.engine.Version;
import io.finguard.fix.AtomicFiles;
import io.finguard.terraform.LoadError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

/**
 * {@code finguard baseline}: holds {@code create}. Not runnable itself, so picocli requires the subcommand and
 * alone it is a usage error (exit 2) pointing at {@code --help}.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Accept today's findings so that 'scan --baseline' reports only new ones.",
        subcommands = {BaselineCommand.Create.class})
public final class BaselineCommand {

    /**
     * {@code finguard baseline create}: scans as {@code finguard scan} does and records every open finding (any
     * severity; suppressed ones are already accepted in the code). Exit 0 once written, whatever it holds; 1 when a
     * file could not be parsed (its findings cannot be in the baseline, so they would all appear as new later) or
     * the file could not be written; 2 for usage and configuration errors.
     */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Scan and write every current finding to a baseline file (" + Baseline.DEFAULT_FILE
                    + " in the scan root by default), to be committed and passed to 'scan --baseline'.")
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        ModelOptions model;

        @Option(names = "--config", paramLabel = "FILE",
                description = "finguard.yml to use. Default: finguard.yml in PATH or its parents up to the git root.")
        Path config;

        @Option(names = "--output", paramLabel = "FILE",
                description = "Where to write the baseline. Default: " + Baseline.DEFAULT_FILE + " in the scan root.")
        Path output;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            ScanRequest request = model.scanRequest().config(config).build();
            ScanResult result;
            try {
                result = new ScanService().run(request).result();
            } catch (ScanSetupException e) {
                err.println("finguard: " + e.getMessage());
                return ExitCode.USAGE.code;
            }
            // seconds are precision enough for a person reading the file, and keep the line short
            // files as every report names them; entries match by fingerprint, which does not depend on them
            Baseline baseline = Baseline.of(result.findings(), Version.get(), Instant.now().truncatedTo(
                    ChronoUnit.SECONDS), ReportBase.of(request.root()));
            Path target = output != null ? output : request.root().resolve(Baseline.DEFAULT_FILE);
            try {
                AtomicFiles.write(target, BaselineFile.format(baseline));
            } catch (IOException e) {
                err.println("finguard: cannot write the baseline " + target + ": " + e.getMessage());
                return ExitCode.FINDINGS.code;
            }
            // an entry per instance: a finding in a module called several times has several (decision 075)
            int entries = baseline.entries().size();
            int findings = result.findings().size();
            err.println("finguard: wrote " + (entries == findings ? findings + " findings"
                    : entries + " instances of " + findings + " findings") + " to " + target
                    + (result.suppressed().isEmpty() ? "" : " (" + result.suppressed().size()
                    + " suppressed in the code are not needed there)"));
            for (LoadError e : result.errors()) {
                String where = e.file() == null ? "" : e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": ";
                err.println("finguard: " + where + e.message() + " (not checked, so nothing of it is in the baseline)");
            }
            return result.errors().isEmpty() ? ExitCode.OK.code : ExitCode.FINDINGS.code;
        }
    }
}
