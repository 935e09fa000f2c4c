/**
 * {@code cleanup schedule}: deploys the cleanup job as a Lambda function invoked by an EventBridge Scheduler
 * schedule, idempotently, and builds the least-privilege IAM policy from {@link io.finguard.cleanup.aws.AwsAction}.
 * {@link io.finguard.cleanup.deploy.Deployer} is what the CLI sees; it has no SDK types.
 */
package io.finguard.cleanup.deploy;
