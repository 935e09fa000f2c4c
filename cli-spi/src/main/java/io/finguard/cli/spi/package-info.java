/**
 * What the {@code finguard} command shares with modules that add commands to it: the process exit codes and the
 * {@link io.finguard.cli.spi.SubcommandProvider} through which the cleanup module plugs in {@code cleanup}. Depends on
 * nothing (not even picocli), so that the cli module and the modules it gathers never depend on each other's code.
 */
package io.finguard.cli.spi;
