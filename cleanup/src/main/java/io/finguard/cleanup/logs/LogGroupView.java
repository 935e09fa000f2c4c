package io.finguard.cleanup.logs;

import java.time.Instant;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;

/**
 * The facts about a log group that cleanup decides on.
 *
 * @param arn              the group's ARN without the trailing {@code :*} (what ListTagsForResource takes)
 * @param retentionDays    null when the group never expires
 */
public record LogGroupView(String name, String region, String arn, Instant creationTime, Integer retentionDays,
                           long storedBytes, boolean deletionProtected) {

    public static LogGroupView of(String region, LogGroup g) {
        String arn = g.logGroupArn();
        if (arn == null && g.arn() != null) {
            arn = g.arn().endsWith(":*") ? g.arn().substring(0, g.arn().length() - 2) : g.arn();
        }
        Integer retention = g.retentionInDays() == null || g.retentionInDays() == 0 ? null : g.retentionInDays();
        return new LogGroupView(g.logGroupName(), region, arn,
                g.creationTime() == null ? Instant.EPOCH : Instant.ofEpochMilli(g.creationTime()),
                retention, g.storedBytes() == null ? 0 : g.storedBytes(),
                Boolean.TRUE.equals(g.deletionProtectionEnabled()));
    }
}
