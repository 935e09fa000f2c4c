package io.finguard.cleanup.cli;

import io.finguard.cli.spi.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code finguard cleanup}: the parent of scan, run and schedule; alone it prints its usage to stderr. */
@Command(name = "cleanup",
        subcommands = {ScanCommand.class, RunCommand.class, ScheduleCommand.class},
        description = {"Find and remove orphaned AWS resources (unattached EBS volumes, log groups)."})
public final class CleanupCommand implements Callable<Integer> {

    @Mixin
    HelpOption help = new HelpOption();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code;
    }
}
