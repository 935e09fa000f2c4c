/**
 * EBS volumes: finding unattached ones, pricing them, and the two-phase mark-then-delete. Uses {@code Ec2Client}
 * only through {@link io.finguard.cleanup.aws.AwsCall}; knows nothing of log groups or the CLI.
 */
package io.finguard.cleanup.ebs;
