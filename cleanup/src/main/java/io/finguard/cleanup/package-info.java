/**
 * Cloud cleanup (docs/reference.md, Cleanup): finds orphaned EBS volumes and log groups and removes them in two phases.
 * Depends on the AWS SDK v2, picocli and {@code io.finguard.cli.spi} (exit codes, and the hook that adds
 * {@code cleanup} to {@code finguard}); never on the engine, and nothing on the scan path depends on it.
 */
package io.finguard.cleanup;
