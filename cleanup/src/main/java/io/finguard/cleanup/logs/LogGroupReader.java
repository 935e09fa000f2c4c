package io.finguard.cleanup.logs;

import io.finguard.cleanup.aws.AwsAction;
import io.finguard.cleanup.aws.AwsCall;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogGroupsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.OrderBy;

/** Reads log groups (paginated), one group again before it is changed, its tags and its latest event. */
public final class LogGroupReader {

    private final CloudWatchLogsClient logs;
    private final String region;

    public LogGroupReader(CloudWatchLogsClient logs, String region) {
        this.logs = logs;
        this.region = region;
    }

    public List<LogGroupView> all() {
        DescribeLogGroupsRequest request = DescribeLogGroupsRequest.builder().build();
        return AwsCall.of(AwsAction.LOGS_DESCRIBE_LOG_GROUPS, () -> logs.describeLogGroupsPaginator(request)
                .logGroups().stream().map(g -> LogGroupView.of(region, g)).toList());
    }

    /** The group as it is now, or empty when it no longer exists. */
    public Optional<LogGroupView> reread(String name) {
        // a prefix lists the group and any longer names; only an exact match is the group itself
        DescribeLogGroupsRequest request = DescribeLogGroupsRequest.builder().logGroupNamePrefix(name).build();
        return AwsCall.of(AwsAction.LOGS_DESCRIBE_LOG_GROUPS, () -> logs.describeLogGroupsPaginator(request)
                .logGroups().stream().filter(g -> name.equals(g.logGroupName())).findFirst()
                .map(g -> LogGroupView.of(region, g)));
    }

    public Map<String, String> tags(LogGroupView group) {
        if (group.arn() == null) {
            return Map.of();
        }
        return AwsCall.of(AwsAction.LOGS_LIST_TAGS_FOR_RESOURCE,
                () -> logs.listTagsForResource(r -> r.resourceArn(group.arn())).tags());
    }

    /** When the newest event was written, or empty when the group has no stream with events. */
    public Optional<Instant> lastEvent(String name) {
        return AwsCall.of(AwsAction.LOGS_DESCRIBE_LOG_STREAMS, () -> logs.describeLogStreams(r -> r
                        .logGroupName(name).orderBy(OrderBy.LAST_EVENT_TIME).descending(true).limit(1))
                .logStreams().stream().findFirst()
                .map(s -> s.lastEventTimestamp() != null ? s.lastEventTimestamp() : s.creationTime())
                .map(Instant::ofEpochMilli));
    }
}
