package io.finguard.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --config FILE} of the commands that check Terraform ({@code scan}, {@code fix}). */
public final class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "finguard.yml to use. Default: finguard.yml in PATH or its parents up to the git root.")
    Path file;

    /** The file named, or null to look for {@code finguard.yml}. */
    public Path file() {
        return file;
    }
}
