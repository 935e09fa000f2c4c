package io.finguard.cleanup.cli;

import io.finguard.cleanup.job.RegionNames;
import io.finguard.cleanup.model.JobSettings;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/** What the cleanup job looks for; shared by scan, run and schedule (where it becomes the Lambda input). */
public final class JobOptions {

    @Option(names = "--min-age", paramLabel = "DURATION", defaultValue = "7d", converter = DurationConverter.class,
            description = "Only resources older than this (7d, 12h, 30m or ISO-8601 like P7D). Default: ${DEFAULT-VALUE}.")
    Duration minAge;

    @Option(names = "--keep-tag", paramLabel = "KEY", defaultValue = JobSettings.DEFAULT_KEEP_TAG,
            description = "Volumes with this tag key are never touched. Default: ${DEFAULT-VALUE}.")
    String keepTag;

    @Option(names = "--grace", paramLabel = "DURATION", defaultValue = "7d", converter = DurationConverter.class,
            description = "Time between marking a volume and deleting it. Default: ${DEFAULT-VALUE}.")
    Duration grace;

    @Option(names = "--snapshot-before-delete",
            description = "Snapshot each volume and wait for the snapshot to complete before deleting it.")
    boolean snapshotBeforeDelete;

    /** @throws IllegalArgumentException for a malformed region name */
    JobSettings toSettings(AwsOptions aws, boolean apply) {
        return new JobSettings(RegionNames.validate(aws.regions == null ? List.of() : aws.regions), minAge, keepTag, grace,
                snapshotBeforeDelete, apply, aws.endpointUrl, aws.profile);
    }
}
