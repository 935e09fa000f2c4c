package io.finguard.cli;

import io.finguard.cli.spi.ExitCode;
import io.finguard.engine.ConfigException;
import io.finguard.engine.RuleRegistry;
import io.finguard.engine.ScanService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
        return ListRules.list(spec, null);
    }

    /** {@code finguard rules list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print a table of the installed rules and finguard.yml's custom rules: ID, name, "
                    + "default severity, summary.")
    static final class ListRules implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--config", paramLabel = "FILE", description = "A finguard.yml whose custom rules to list. "
                + "Default: finguard.yml here or in a parent directory up to the git root.")
        Path config;

        @Override
        public Integer call() {
            return list(spec, config);
        }

        static int list(CommandSpec spec, Path config) {
            ScanService service = new ScanService(RuleRegistry.load(), Clock.systemDefaultZone());
            RuleRegistry rules;
            try {
                rules = service.rules(service.config(config, List.of(), Path.of("")));
            } catch (ConfigException e) {
                spec.commandLine().getErr().println("finguard: " + e.getMessage());
                return ExitCode.USAGE.code;
            }
            RuleTable.print(rules.all(), spec.commandLine().getOut());
            return ExitCode.OK.code;
        }
    }
}
