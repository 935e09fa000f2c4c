/**
 * Runs a cleanup job over regions: plans with the EBS and log-group planners, then reports or applies. The
 * {@link io.finguard.cleanup.job.JobRunner} interface is what the CLI and the Lambda handler see; it has no SDK types.
 */
package io.finguard.cleanup.job;
