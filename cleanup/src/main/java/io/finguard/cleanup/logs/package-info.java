/**
 * CloudWatch log groups: setting a retention on groups that never expire, and deleting the log groups of deleted
 * Lambda functions and empty ones. Uses {@code CloudWatchLogsClient} and {@code LambdaClient} only through
 * {@link io.finguard.cleanup.aws.AwsCall}; knows nothing of volumes or the CLI.
 */
package io.finguard.cleanup.logs;
