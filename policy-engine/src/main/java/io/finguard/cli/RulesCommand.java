package io.finguard.cli;

import io.finguard.engine.RuleRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code finguard rules}: lists the installed rules; {@code rules show ID} describes one. Alone it lists. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the installed rules, or show one rule's docs and effective parameters.",
        subcommands = {RulesCommand.ListRules.class, RulesShowCommand.class})
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ListRules.list(spec);
    }

    /** {@code finguard rules list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print a table of the installed rules: ID, name, default severity, summary.")
    static final class ListRules implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return list(spec);
        }

        static int list(CommandSpec spec) {
            RuleTable.print(RuleRegistry.load().all(), spec.commandLine().getOut());
            return ExitCode.OK.code;
        }
    }
}
