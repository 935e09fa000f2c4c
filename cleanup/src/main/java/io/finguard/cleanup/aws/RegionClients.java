package io.finguard.cleanup.aws;

import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** The clients the cleanup job uses in one region; tests pass fakes of the same interfaces. */
public record RegionClients(String region, Ec2Client ec2, CloudWatchLogsClient logs, LambdaClient lambda)
        implements AutoCloseable {

    @Override
    public void close() {
        ec2.close();
        logs.close();
        lambda.close();
    }
}
