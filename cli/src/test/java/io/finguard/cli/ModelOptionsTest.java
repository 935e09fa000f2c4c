package io.finguard.cli;

import io.finguard.engine.ScanRequest;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The shared loading options become a scan request without the command restating them. */
class ModelOptionsTest {

    private static ScanRequest parse(String... args) {
        InspectCommand command = new InspectCommand();
        new CommandLine(command).parseArgs(args);
        return command.model.scanRequest().build();
    }

    @Test
    void carriesPathsPlanAndVariables() {
        ScanRequest r = parse("--plan", "plan.json", "--var-file", "prod.tfvars", "--var", "env=prod", "a", "b.tf");
        assertEquals(List.of(Path.of("a"), Path.of("b.tf")), r.paths());
        assertEquals(Path.of("plan.json"), r.plan());
        assertEquals(List.of(Path.of("prod.tfvars")), r.varFiles());
        assertEquals(Map.of("env", "prod"), r.vars());
        assertNull(r.config());
    }

    @Test
    void noPathAndNoPlanMeansTheCurrentDirectory() {
        assertEquals(List.of(Path.of(".")), parse().paths());
    }
}
