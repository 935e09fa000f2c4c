package io.finguard.cleanup.aws;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every AWS API action the code calls, named as IAM names it. Each call site passes its action to
 * {@link AwsCall#of}, and the printed IAM policy is built from {@link #jobActions()}: one list serves both, and a
 * test that records the calls made on fake clients checks that they match.
 */
public enum AwsAction {
    EC2_DESCRIBE_VOLUMES("ec2:DescribeVolumes", Caller.JOB),
    EC2_CREATE_TAGS("ec2:CreateTags", Caller.JOB),
    EC2_DELETE_TAGS("ec2:DeleteTags", Caller.JOB),
    EC2_CREATE_SNAPSHOT("ec2:CreateSnapshot", Caller.JOB),
    EC2_DESCRIBE_SNAPSHOTS("ec2:DescribeSnapshots", Caller.JOB),
    EC2_DELETE_VOLUME("ec2:DeleteVolume", Caller.JOB),
    LOGS_DESCRIBE_LOG_GROUPS("logs:DescribeLogGroups", Caller.JOB),
    LOGS_DESCRIBE_LOG_STREAMS("logs:DescribeLogStreams", Caller.JOB),
    LOGS_LIST_TAGS_FOR_RESOURCE("logs:ListTagsForResource", Caller.JOB),
    LOGS_PUT_RETENTION_POLICY("logs:PutRetentionPolicy", Caller.JOB),
    LOGS_DELETE_LOG_GROUP("logs:DeleteLogGroup", Caller.JOB),
    LAMBDA_LIST_FUNCTIONS("lambda:ListFunctions", Caller.JOB),
    LAMBDA_GET_FUNCTION("lambda:GetFunction", Caller.JOB, Caller.DEPLOY),
    LAMBDA_CREATE_FUNCTION("lambda:CreateFunction", Caller.DEPLOY),
    LAMBDA_UPDATE_FUNCTION_CODE("lambda:UpdateFunctionCode", Caller.DEPLOY),
    LAMBDA_UPDATE_FUNCTION_CONFIGURATION("lambda:UpdateFunctionConfiguration", Caller.DEPLOY),
    SCHEDULER_GET_SCHEDULE("scheduler:GetSchedule", Caller.DEPLOY),
    SCHEDULER_CREATE_SCHEDULE("scheduler:CreateSchedule", Caller.DEPLOY),
    SCHEDULER_UPDATE_SCHEDULE("scheduler:UpdateSchedule", Caller.DEPLOY);

    /** Who makes the call: the cleanup job (in the Lambda function) or {@code cleanup schedule} on a workstation. */
    public enum Caller { JOB, DEPLOY }

    private final String iamName;
    private final Set<Caller> callers;

    AwsAction(String iamName, Caller first, Caller... more) {
        this.iamName = iamName;
        this.callers = EnumSet.of(first, more);
    }

    public String iamName() {
        return iamName;
    }

    /** The service prefix, e.g. {@code ec2}. */
    public String service() {
        return iamName.substring(0, iamName.indexOf(':'));
    }

    public boolean calledBy(Caller caller) {
        return callers.contains(caller);
    }

    /** The actions the Lambda function needs: exactly those the cleanup job calls. */
    public static Set<AwsAction> jobActions() {
        return actionsOf(Caller.JOB);
    }

    public static Set<AwsAction> actionsOf(Caller caller) {
        return EnumSet.allOf(AwsAction.class).stream().filter(a -> a.calledBy(caller))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AwsAction.class)));
    }
}
