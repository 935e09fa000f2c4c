/**
 * The {@code finguard} command line: a thin picocli layer over the engine. Commands read options, call the
 * library, write the report to stdout and logs to stderr, and return an {@link io.finguard.cli.spi.ExitCode}.
 * Nothing depends on this package: the Maven plugin and the Action use the engine, and other modules add commands
 * through {@link io.finguard.cli.spi.SubcommandProvider}.
 */
package io.finguard.cli;
