package io.finguard.cleanup.cli;

import io.finguard.cleanup.job.JobRunner;
import io.finguard.cleanup.model.CleanupReport;
import io.finguard.cleanup.report.Json;
import io.finguard.cleanup.report.TextReport;
import io.finguard.cli.spi.ExitCode;
import java.util.function.Supplier;

/** What scan and run share: running the job, printing its report, and the exit code. */
abstract class JobCommand extends CleanupSubcommand {

    private final Supplier<JobRunner> runner;

    JobCommand(Supplier<JobRunner> runner) {
        this.runner = runner;
    }

    /** Whether this invocation changes resources. */
    abstract boolean apply();

    @Override
    public Integer call() {
        CleanupReport report;
        try {
            report = runner.get().run(job.toSettings(aws, apply()));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage(), e);
        }
        String out = format == OutputFormat.json ? new Json().write(report) : new TextReport().render(report);
        print(out);
        return report.hasFailures() ? ExitCode.FINDINGS.code : ExitCode.OK.code;
    }
}
