package io.finguard.cleanup.cli;

import io.finguard.cli.spi.SubcommandProvider;

/** Adds {@code cleanup} to the {@code finguard} command (found through {@link java.util.ServiceLoader}). */
public final class CleanupSubcommandProvider implements SubcommandProvider {

    @Override
    public String name() {
        return "cleanup";
    }

    @Override
    public Object command() {
        return new CleanupCommand();
    }
}
