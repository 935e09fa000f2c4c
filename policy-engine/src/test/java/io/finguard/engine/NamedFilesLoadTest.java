package io.finguard.engine;

import io.finguard.terraform.load.CallerClosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A scan of named files loads only their directories and their callers ({@link CallerClosure}, decision 080), and
 * reports for those files exactly what a scan of the whole tree reports for them. The fixture has several roots,
 * a module called from three of them (once with a bare label), a module called through it, a root that calls
 * nothing, a module nobody calls, a file that only mentions a module in a comment, and a caller under an excluded
 * directory.
 */
class NamedFilesLoadTest {

    private final Path tmp;
    private final Workspace ws;

    NamedFilesLoadTest(@TempDir Path tmp) {
        this.tmp = tmp;
        this.ws = new Workspace(tmp);
        ws.write("finguard.yml", "exclude-paths: [\"examples/**\"]\n");
        ws.write("envs/prod/main.tf", """
                resource "aws_s3_bucket" "root_bucket" {}
                module "app" {
                  source = "../../modules/app"
                  name   = "prod-logs"
                }
                """);
        ws.write("envs/prod/variables.tf", "variable \"region\" { default = \"eu-west-1\" }\n");
        ws.write("envs/dev/main.tf", """
                module "app" {
                  source = "../../modules/app"
                  name   = "dev-logs"
                }
                module "other" {
                  source = "../../modules/other"
                }
                """);
        ws.write("envs/qa/main.tf", """
                /* qa has no app */ module inner {
                  source = "../../modules/inner"
                }
                """);
        ws.write("modules/app/main.tf", """
                variable "name" {}
                # finguard:ignore FG902 reason="reviewed with the app"
                resource "aws_s3_bucket" "data" {
                  bucket = var.name
                }
                module "inner" {
                  source = "../inner"
                }
                """);
        ws.write("modules/app/notes.tf", "# the module \"inner\" holds the shared bucket\nlocals { x = 1 }\n");
        ws.write("modules/inner/main.tf", "resource \"aws_s3_bucket\" \"deep\" {}\n");
        ws.write("modules/other/main.tf", "resource \"aws_sqs_queue\" \"q\" {}\n");
        ws.write("modules/unused/main.tf", "resource \"aws_s3_bucket\" \"alone\" {}\n");
        ws.write("standalone/main.tf", "resource \"aws_s3_bucket\" \"single\" {}\n");
        ws.write("examples/demo/main.tf", "module \"app\" {\n  source = \"../../modules/app\"\n  name = \"x\"\n}\n");
    }

    @Test
    void eachFileAloneReportsWhatTheWholeTreeReportsForIt() throws Exception {
        ScanResult whole = ws.scan(ScanRequest.builder().path(tmp).root(tmp));
        for (Path file : terraformFiles()) {
            String name = tmp.relativize(file).toString().replace('\\', '/');
            ScanResult alone = ws.scan(ScanRequest.builder().path(file).root(tmp));
            assertEquals(described(whole.findings(), name), described(alone.findings(), name), name);
            assertEquals(described(whole.suppressed(), name), described(alone.suppressed(), name), name);
            assertEquals(alone.findings().size(), described(alone.findings(), name).size(), name);
        }
    }

    @Test
    void onlyTheNamedFilesDirectoriesAndTheirCallersAreLoaded() {
        CallerClosure closure = new CallerClosure(tmp, List.of("examples/**"), Map.of());
        assertEquals(List.of("envs/dev", "envs/prod", "envs/qa", "modules/app", "modules/inner"),
                relative(closure.directories(List.of(tmp.resolve("modules/inner/main.tf")))));
        assertEquals(List.of("standalone"), relative(closure.directories(List.of(tmp.resolve("standalone/main.tf")))));
        assertEquals(List.of("envs/dev", "modules/other"),
                relative(closure.directories(List.of(tmp.resolve("modules/other/main.tf")))));
        assertEquals(List.of("envs/prod"), relative(closure.directories(List.of(tmp.resolve("envs/prod")))));
        // a named file under an excluded directory is loaded (it was asked for); its callers there are not
        assertEquals(List.of("examples/demo"),
                relative(closure.directories(List.of(tmp.resolve("examples/demo/main.tf")))));
    }

    @Test
    void anOverlayTextDecidesTheCallsOfItsFile() {
        Map<Path, String> overlay = Map.of(tmp.resolve("envs/qa/main.tf"), "locals { calls = \"none\" }\n");
        assertEquals(List.of("envs/dev", "envs/prod", "modules/app", "modules/inner"),
                relative(new CallerClosure(tmp, List.of("examples/**"), overlay)
                        .directories(List.of(tmp.resolve("modules/inner/main.tf")))));
    }

    private List<Path> terraformFiles() throws IOException {
        try (Stream<Path> files = Files.walk(tmp)) {
            return files.filter(f -> f.toString().endsWith(".tf")).sorted().toList();
        }
    }

    private List<String> relative(List<Path> dirs) {
        return dirs.stream().map(d -> tmp.relativize(d).toString().replace('\\', '/')).toList();
    }

    private static List<String> described(List<Finding> findings, String file) {
        return findings.stream().filter(f -> file.equals(f.file())).map(f -> f.ruleId() + " " + f.resource() + " @ "
                + f.file() + ":" + f.line() + " " + f.message() + " " + f.fingerprint()).sorted().toList();
    }
}
