package io.finguard.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lazily built models of {@link Commands}. */
class CommandsTest {

    @Test
    void builtInNamesAreTheCommandsOwn() {
        Commands.BUILT_IN.forEach((name, type) -> assertEquals(name, type.getAnnotation(Command.class).name()));
    }

    @Test
    void aBuiltInCommandGetsItselfOnly() {
        for (String name : Commands.BUILT_IN.keySet()) {
            CommandLine cli = Commands.forArguments(new String[]{name, "--help"});
            assertEquals(List.of(name), List.copyOf(cli.getSubcommands().keySet()));
        }
    }

    @Test
    void versionAloneGetsNoSubcommandAndEverythingElseGetsThemAll() {
        assertEquals(List.of(), List.copyOf(Commands.forArguments(new String[]{"--version"}).getSubcommands()
                .keySet()));
        List<String> all = List.of("scan", "fix", "inspect", "rules", "baseline", "policy", "help", "cleanup");
        for (String[] args : List.of(new String[0], new String[]{"help"}, new String[]{"--version", "scan"},
                new String[]{"cleanup"}, new String[]{"sacn"}, new String[]{"-h"})) {
            assertEquals(all, List.copyOf(Commands.forArguments(args).getSubcommands().keySet()), String.join(" ",
                    args));
        }
    }
}
