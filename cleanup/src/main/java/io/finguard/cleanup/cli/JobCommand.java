package io.finguard.cleanup.cli;

import io.finguard.cleanup.job.JobRunner;
import io.finguard.cleanup.model.CleanupReport;
import io.finguard.cleanup.report.Json;
import io.finguard.cleanup.report.TextReport;
import io.finguard.cli.ExitCode;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What scan and run share: options, running the job, printing the report and the exit code. */
abstract class JobCommand implements Callable<Integer> {

    @Mixin
    HelpOption help = new HelpOption();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    AwsOptions aws = new AwsOptions();

    @Mixin
    JobOptions job = new JobOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

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
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        String out = format == OutputFormat.json ? new Json().write(report) : new TextReport().render(report);
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return report.hasFailures() ? ExitCode.FINDINGS.code : ExitCode.OK.code;
    }
}
