package io.finguard.cleanup.cli;

import io.finguard.cleanup.job.AwsJobRunner;
import io.finguard.cleanup.job.JobRunner;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/** {@code cleanup scan}: read-only; lists what a run would do. */
@Command(name = "scan",
        description = {"List orphaned EBS volumes and log groups and what cleanup would do with them. Read-only."})
public final class ScanCommand extends JobCommand {

    public ScanCommand() {
        this(AwsJobRunner::new);
    }

    public ScanCommand(Supplier<JobRunner> runner) {
        super(runner);
    }

    @Override
    boolean apply() {
        return false;
    }
}
