package io.finguard.cleanup.fakes;

import io.finguard.cleanup.aws.RegionClients;
import io.finguard.cleanup.ebs.EbsPriceTable;
import io.finguard.cleanup.job.CleanupJob;
import io.finguard.cleanup.job.JobRunner;
import io.finguard.cleanup.logs.RetentionChoice;
import io.finguard.cleanup.model.CleanupReport;
import io.finguard.cleanup.model.JobSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One fake AWS region (EC2, Logs, Lambda sharing a call log and a clock) and a way to run the job against it. */
public final class World implements JobRunner {

    public static final String REGION = "eu-west-1";
    public static final Instant START = Instant.parse("2026-11-23T12:00:00Z");

    public final CallLog calls = new CallLog();
    public final MutableClock clock = new MutableClock(START);
    public final FakeEc2 ec2 = new FakeEc2(calls);
    public final FakeLogs logs = new FakeLogs(calls);
    public final FakeLambda lambda = new FakeLambda(calls);

    public static JobSettings settings() {
        return JobSettings.defaults().withRegions(List.of(REGION));
    }

    public Instant daysAgo(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }

    public CleanupReport dryRun() {
        return run(settings());
    }

    public CleanupReport apply() {
        return run(settings().withApply(true));
    }

    @Override
    public CleanupReport run(JobSettings settings) {
        JobSettings s = settings.regions().isEmpty() ? settings.withRegions(List.of(REGION)) : settings;
        return new CleanupJob(s, region -> new RegionClients(region, ec2, logs, lambda), EbsPriceTable.bundled(),
                RetentionChoice.defaults(), clock, clock.sleeper()).run();
    }
}
