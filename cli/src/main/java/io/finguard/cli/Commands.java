package io.finguard.cli;

import io.finguard.cli.spi.SubcommandProvider;
import picocli.CommandLine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the picocli model a command line needs, and no more (docs/decisions/080-start-up.md). picocli builds a
 * command's model by reflection over its class, options, mixins and converters; for the whole tree that is most of
 * what {@code finguard --version} used to do. A run that names a built-in command gets the top-level command with
 * that one subcommand, {@code --version} alone gets the top-level command; anything else (help, no argument, a typo
 * to suggest a correction for, {@code cleanup}) gets every command, including those of {@link Extensions}. The
 * parse is the same either way: the top-level command has no option but help and version, so the first argument
 * alone decides which subcommand the rest belongs to.
 */
final class Commands {

    /** The built-in subcommands by name, in the order help lists them; {@code CommandsTest} checks the names. */
    static final Map<String, Class<?>> BUILT_IN = builtIn();

    private Commands() {
    }

    private static Map<String, Class<?>> builtIn() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("scan", ScanCommand.class);
        commands.put("fix", FixCommand.class);
        commands.put("inspect", InspectCommand.class);
        commands.put("rules", RulesCommand.class);
        commands.put("baseline", BaselineCommand.class);
        commands.put("policy", PolicyCommand.class);
        return Collections.unmodifiableMap(commands);
    }

    /** The model {@code args} needs. */
    static CommandLine forArguments(String[] args) {
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            return configured(new CommandLine(new FinguardCommand()));
        }
        Class<?> named = args.length == 0 ? null : BUILT_IN.get(args[0]);
        if (named == null) {
            return all();
        }
        CommandLine cli = new CommandLine(new FinguardCommand());
        cli.addSubcommand(args[0], named);
        return configured(cli);
    }

    /** Every command: the built-in ones, {@code help}, and those the extensions provide. */
    static CommandLine all() {
        CommandLine cli = new CommandLine(new FinguardCommand());
        BUILT_IN.forEach(cli::addSubcommand);
        cli.addSubcommand("help", CommandLine.HelpCommand.class);
        for (SubcommandProvider provider : Extensions.providers()) {
            cli.addSubcommand(provider.name(), provider.command());
        }
        return configured(cli);
    }

    /** Settings for the whole tree: picocli applies them to the subcommands present, so they come last. */
    private static CommandLine configured(CommandLine cli) {
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
