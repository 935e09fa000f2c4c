package io.finguard.cleanup.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} without picocli's {@code -V}: the version belongs to the top-level {@code finguard} command. */
public final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
