/**
 * The picocli commands {@code cleanup scan|run|schedule}. Command classes hold no AWS SDK types in fields or
 * signatures (they talk to {@link io.finguard.cleanup.job.JobRunner} and {@link io.finguard.cleanup.deploy.Deployer}),
 * so listing the {@code finguard} commands never loads the SDK.
 */
package io.finguard.cleanup.cli;
