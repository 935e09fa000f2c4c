package io.finguard.cli;

import io.finguard.cli.spi.ExitCode;
import io.finguard.engine.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** The top-level {@code finguard} command: holds the subcommands; alone it prints usage. */
@Command(name = "finguard",
        mixinStandardHelpOptions = true,
        versionProvider = FinguardCommand.VersionProvider.class,
        description = "Terraform policy and remediation engine for cloud cost.",
        subcommands = {ScanCommand.class, FixCommand.class, InspectCommand.class, RulesCommand.class,
                BaselineCommand.class, PolicyCommand.class,
                CommandLine.HelpCommand.class})
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
