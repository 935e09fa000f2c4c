package io.finguard.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/reference.md describes every command and option that {@code finguard} accepts, so that the reference cannot
 * silently fall behind the code. The cleanup commands' deployment options may live in cleanup/README.md instead,
 * which the reference links to.
 */
class ReferenceDocsTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyCommandAndOptionIsDocumented() throws IOException {
        String reference = Files.readString(REPOSITORY.resolve("docs/reference.md"));
        String cleanup = reference + Files.readString(REPOSITORY.resolve("cleanup/README.md"));
        List<String> missing = new ArrayList<>();
        collect(Commands.all(), reference, cleanup, missing);
        assertEquals(List.of(), missing, "not in docs/reference.md");
    }

    private static void collect(CommandLine command, String reference, String cleanup, List<String> missing) {
        CommandSpec spec = command.getCommandSpec();
        String name = spec.qualifiedName();
        String docs = name.startsWith("finguard cleanup") ? cleanup : reference;
        if (!name.equals("finguard") && !name.equals("finguard help") && !docs.contains("`" + name)) {
            missing.add(name);
        }
        for (OptionSpec option : spec.options()) {
            if (!option.usageHelp() && !option.versionHelp() && !docs.contains("`" + option.longestName())) {
                missing.add(name + " " + option.longestName());
            }
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            collect(sub, reference, cleanup, missing);
        }
    }
}
