package io.finguard.cli;

import io.finguard.cli.spi.ExitCode;
import io.finguard.engine.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * The top-level {@code finguard} command; alone it prints usage. Its subcommands are added by {@link Commands}
 * rather than listed here, so that a run builds the model of the one command it runs (picocli reflects over every
 * listed subcommand, its options and their converters before parsing a single argument).
 */
@Command(name = "finguard",
        mixinStandardHelpOptions = true,
        versionProvider = FinguardCommand.VersionProvider.class,
        description = "Terraform policy and remediation engine for cloud cost.")
public final class FinguardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"finguard " + Version.get()};
        }
    }
}
