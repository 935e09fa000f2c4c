package io.finguard.cleanup.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What scan, run and schedule share: help, connection and job options, the report format, and printing. */
abstract class CleanupSubcommand implements Callable<Integer> {

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

    /** The report goes to the command line's stdout; nothing else is ever printed there. */
    void print(String text) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
    }

    CommandLine.ParameterException usage(String message, Throwable cause) {
        return new CommandLine.ParameterException(spec.commandLine(), message, cause);
    }
}
