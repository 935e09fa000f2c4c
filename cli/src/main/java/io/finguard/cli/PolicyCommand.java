package io.finguard.cli;

import io.finguard.cli.spi.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code finguard policy eval|test}: Rego policies on their own, like {@code opa eval} and {@code opa test}. */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = "Evaluate Rego queries and run Rego tests.",
        subcommands = {PolicyEvalCommand.class, PolicyTestCommand.class})
public final class PolicyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code;
    }
}
