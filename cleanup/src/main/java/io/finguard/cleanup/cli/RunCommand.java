package io.finguard.cleanup.cli;

import io.finguard.cleanup.job.AwsJobRunner;
import io.finguard.cleanup.job.JobRunner;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cleanup run}: a dry run unless {@code --apply}. */
@Command(name = "run",
        description = {"Clean up: mark eligible volumes, delete those marked longer than the grace period, set log"
                + " retention, delete orphaned log groups. A dry run unless --apply."})
public final class RunCommand extends JobCommand {

    @Option(names = "--apply", description = "Change resources. Without it nothing is changed.")
    boolean apply;

    public RunCommand() {
        this(AwsJobRunner::new);
    }

    public RunCommand(Supplier<JobRunner> runner) {
        super(runner);
    }

    @Override
    boolean apply() {
        return apply;
    }
}
