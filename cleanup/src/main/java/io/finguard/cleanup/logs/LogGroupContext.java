package io.finguard.cleanup.logs;

import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/** What the log-group remediations of one region share. */
record LogGroupContext(CloudWatchLogsClient logs, LogGroupReader reader, FunctionIndex functions, Duration minAge,
                       Clock clock) {

    /** True when the group has had no event for at least the minimum age (or has none at all). */
    boolean quietSinceMinAge(String name) {
        return reader.lastEvent(name).map(t -> !t.plus(minAge).isAfter(clock.instant())).orElse(true);
    }

    boolean olderThanMinAge(LogGroupView g) {
        return !g.creationTime().plus(minAge).isAfter(clock.instant());
    }
}
