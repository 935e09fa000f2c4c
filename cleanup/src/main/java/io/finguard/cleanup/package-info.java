/**
 * Cloud cleanup (SPEC §8): finds orphaned EBS volumes and log groups and removes them in two phases.
 * Depends on the AWS SDK v2 and on {@code io.finguard.cli} for exit codes; nothing on the scan path depends on it.
 */
package io.finguard.cleanup;
