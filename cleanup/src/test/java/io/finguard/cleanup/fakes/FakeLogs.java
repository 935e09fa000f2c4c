package io.finguard.cleanup.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.CloudWatchLogsException;
import software.amazon.awssdk.services.cloudwatchlogs.model.DeleteLogGroupRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.DeleteLogGroupResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogGroupsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogGroupsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogStreamsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogStreamsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutRetentionPolicyRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutRetentionPolicyResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/** A stateful CloudWatch Logs with the log-group calls cleanup makes; small pages, injectable failures. */
public final class FakeLogs implements CloudWatchLogsClient {

    private final CallLog log;
    private final Map<String, LogGroup> groups = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> tags = new HashMap<>();
    private final Map<String, Instant> lastEvents = new HashMap<>();
    private final Map<String, String> failures = new HashMap<>();
    private final Map<String, Runnable> onReread = new HashMap<>();
    private int pageSize = 2;
    private boolean tagsFail;

    public FakeLogs(CallLog log) {
        this.log = log;
    }

    public FakeLogs group(String name, Instant created, Integer retentionDays, long storedBytes,
                          Map<String, String> groupTags, Instant lastEvent) {
        String arn = "arn:aws:logs:eu-west-1:123456789012:log-group:" + name;
        groups.put(name, LogGroup.builder().logGroupName(name).creationTime(created.toEpochMilli())
                .retentionInDays(retentionDays).storedBytes(storedBytes).arn(arn + ":*").logGroupArn(arn).build());
        tags.put(arn, Map.copyOf(groupTags));
        if (lastEvent != null) {
            lastEvents.put(name, lastEvent);
        }
        return this;
    }

    public FakeLogs pageSize(int n) {
        this.pageSize = n;
        return this;
    }

    public FakeLogs fail(String operation, String groupName, String errorCode) {
        failures.put(operation + ":" + groupName, errorCode);
        return this;
    }

    /** Runs {@code change} the first time the group is read alone (the re-read right before a change). */
    public FakeLogs onReread(String name, Runnable change) {
        onReread.put(name, change);
        return this;
    }

    public void setRetention(String name, int days) {
        groups.put(name, groups.get(name).toBuilder().retentionInDays(days).build());
    }

    public FakeLogs failStreams(String groupName) {
        return fail("DescribeLogStreams", groupName, "ServiceUnavailableException");
    }

    /** Makes ListTagsForResource fail, as without the permission. */
    public FakeLogs failTags() {
        tagsFail = true;
        return this;
    }

    public void event(String name, Instant when) {
        lastEvents.put(name, when);
    }

    public Map<String, LogGroup> groups() {
        return groups;
    }

    @Override
    public DescribeLogGroupsResponse describeLogGroups(DescribeLogGroupsRequest r) {
        log.record("logs:DescribeLogGroups");
        Runnable change = r.logGroupNamePrefix() == null ? null : onReread.remove(r.logGroupNamePrefix());
        if (change != null) {
            change.run();
        }
        List<LogGroup> matching = groups.values().stream()
                .filter(g -> r.logGroupNamePrefix() == null || g.logGroupName().startsWith(r.logGroupNamePrefix()))
                .toList();
        Pages.Page<LogGroup> page = Pages.of(matching, r.nextToken(), pageSize);
        return DescribeLogGroupsResponse.builder().logGroups(page.items()).nextToken(page.nextToken()).build();
    }

    @Override
    public DescribeLogStreamsResponse describeLogStreams(DescribeLogStreamsRequest r) {
        log.record("logs:DescribeLogStreams");
        failIfAsked("DescribeLogStreams", r.logGroupName());
        existing(r.logGroupName());
        Instant last = lastEvents.get(r.logGroupName());
        List<LogStream> streams = last == null ? List.of() : List.of(LogStream.builder().logStreamName("s1")
                .creationTime(last.toEpochMilli()).lastEventTimestamp(last.toEpochMilli()).build());
        return DescribeLogStreamsResponse.builder().logStreams(streams).build();
    }

    @Override
    public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest r) {
        log.record("logs:ListTagsForResource");
        if (tagsFail) {
            throw (CloudWatchLogsException) CloudWatchLogsException.builder().statusCode(400)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDeniedException")
                            .errorMessage("not authorized to perform logs:ListTagsForResource").build()).build();
        }
        Map<String, String> t = tags.get(r.resourceArn());
        if (t == null) {
            throw ResourceNotFoundException.builder().statusCode(400)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ResourceNotFoundException")
                            .errorMessage("no such resource " + r.resourceArn()).build()).build();
        }
        return ListTagsForResourceResponse.builder().tags(t).build();
    }

    @Override
    public PutRetentionPolicyResponse putRetentionPolicy(PutRetentionPolicyRequest r) {
        log.record("logs:PutRetentionPolicy");
        failIfAsked("PutRetentionPolicy", r.logGroupName());
        LogGroup g = existing(r.logGroupName());
        groups.put(g.logGroupName(), g.toBuilder().retentionInDays(r.retentionInDays()).build());
        return PutRetentionPolicyResponse.builder().build();
    }

    @Override
    public DeleteLogGroupResponse deleteLogGroup(DeleteLogGroupRequest r) {
        log.record("logs:DeleteLogGroup");
        failIfAsked("DeleteLogGroup", r.logGroupName());
        existing(r.logGroupName());
        groups.remove(r.logGroupName());
        return DeleteLogGroupResponse.builder().build();
    }

    private LogGroup existing(String name) {
        LogGroup g = groups.get(name);
        if (g == null) {
            throw ResourceNotFoundException.builder().statusCode(400)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ResourceNotFoundException")
                            .errorMessage("The specified log group does not exist.").build()).build();
        }
        return g;
    }

    private void failIfAsked(String operation, String name) {
        String code = failures.get(operation + ":" + name);
        if (code != null) {
            throw (CloudWatchLogsException) CloudWatchLogsException.builder().statusCode(400)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(operation + " refused")
                            .build()).build();
        }
    }

    @Override
    public String serviceName() {
        return "logs";
    }

    @Override
    public void close() {
        // state outlives a run
    }
}
