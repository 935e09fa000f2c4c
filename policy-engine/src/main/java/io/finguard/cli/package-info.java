/**
 * The {@code finguard} command line: a thin picocli layer over the engine. Commands read options, call the
 * library, write the report to stdout and logs to stderr, and return an {@link io.finguard.cli.ExitCode}.
 */
package io.finguard.cli;
