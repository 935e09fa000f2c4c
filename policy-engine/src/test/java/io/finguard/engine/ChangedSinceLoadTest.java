package io.finguard.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code scan --changed-since REF} of the scan root loads the changed Terraform files' directories and their
 * callers, as a scan of named files does (decision 080), and reports exactly what a scan of the whole tree reports
 * for those files: a root that calls none of them is not loaded. Checked against a whole-tree scan narrowed to the
 * same files, on a layout of several roots, a module called through another, an excluded caller and a root that
 * calls a remote module (which a whole-tree scan lists as not installed).
 */
class ChangedSinceLoadTest {

    private final Path tmp;
    private final GitRepo repo;
    private final Workspace ws;

    ChangedSinceLoadTest(@TempDir Path tmp) throws Exception {
        this.tmp = tmp;
        this.repo = GitRepo.init(tmp);
        this.ws = new Workspace(tmp);
        ws.write("finguard.yml", "exclude-paths: [\"examples/**\"]\n");
        ws.write("envs/prod/main.tf", """
                resource "aws_s3_bucket" "root_bucket" {}
                module "app" {
                  source = "../../modules/app"
                  name   = var.name
                }
                variable "name" { default = "prod-logs" }
                """);
        ws.write("envs/dev/main.tf", """
                module "app" {
                  source = "../../modules/app"
                  name   = "dev-logs"
                }
                """);
        ws.write("modules/app/main.tf", """
                variable "name" {}
                resource "aws_s3_bucket" "data" {
                  bucket = var.name
                }
                module "inner" {
                  source = "../inner"
                }
                """);
        ws.write("modules/inner/main.tf", "resource \"aws_s3_bucket\" \"deep\" {}\n");
        ws.write("standalone/main.tf", """
                resource "aws_s3_bucket" "single" {}
                module "remote" {
                  source = "terraform-aws-modules/s3-bucket/aws"
                }
                """);
        ws.write("examples/demo/main.tf", "module \"app\" {\n  source = \"../../modules/app\"\n  name = \"x\"\n}\n");
        repo.commitAll("base");
    }

    @AfterEach
    void close() {
        repo.close();
    }

    @Test
    void theChangedFilesReportWhatTheWholeTreeReportsForThem() throws Exception {
        ws.write("modules/inner/main.tf", "resource \"aws_s3_bucket\" \"deep\" {}\nresource \"aws_sqs_queue\" \"q\" {}\n");
        ws.write("envs/dev/main.tf", "# reviewed\n" + read("envs/dev/main.tf"));
        ws.write("examples/demo/main.tf", "# excluded, and changed\n" + read("examples/demo/main.tf"));
        ws.write("README.md", "not Terraform\n");
        Set<String> changed = Set.of("modules/inner/main.tf", "envs/dev/main.tf");

        ScanResult whole = ws.scan(ScanRequest.builder().path(tmp).root(tmp));
        ScanResult since = ws.scan(ScanRequest.builder().path(tmp).root(tmp).changedSince("HEAD"));

        assertEquals(described(whole.findings(), changed), described(since.findings(), changed));
        assertEquals(since.findings().size(), described(since.findings(), changed).size(), "only changed files");
        assertEquals(List.of(), since.errors());
        // the two resources of modules/inner, in its instances through prod and dev (examples/ is excluded)
        assertEquals(4, since.resources());
        assertEquals(1, since.files());
        // standalone calls none of the changed files: not loaded, so its remote module is not listed either
        assertEquals(1, whole.notLoaded().size(), whole.notLoaded().toString());
        assertEquals(List.of(), since.notLoaded());
    }

    @Test
    void aChangedTfvarsFileStandsForItsRootModule() throws Exception {
        ws.write("envs/prod/terraform.tfvars", "name = \"prod-archive\"\n");
        ScanResult since = ws.scan(ScanRequest.builder().path(tmp).root(tmp).changedSince("HEAD"));
        // every resource evaluated from envs/prod, by both test rules; nothing of dev's instances or standalone
        List<String> prod = List.of("aws_s3_bucket.root_bucket", "module.app.aws_s3_bucket.data",
                "module.app.module.inner.aws_s3_bucket.deep");
        assertEquals(prod.stream().flatMap(r -> Stream.of("FG901 " + r, "FG902 " + r)).sorted().toList(),
                since.findings().stream().map(f -> f.ruleId() + " " + f.resource()).sorted().toList());
        assertEquals(List.of(), since.notLoaded());
    }

    @Test
    void withNoTerraformChangedNothingIsReported() throws Exception {
        ws.write("README.md", "not Terraform\n");
        ScanResult since = ws.scan(ScanRequest.builder().path(tmp).root(tmp).changedSince("HEAD"));
        assertEquals(List.of(), since.findings());
        assertEquals(0, since.resources());
    }

    private String read(String path) throws Exception {
        return Files.readString(tmp.resolve(path));
    }

    private static List<String> described(List<Finding> findings, Set<String> files) {
        return findings.stream().filter(f -> files.contains(f.file())).map(f -> f.ruleId() + " " + f.resource()
                + " @ " + f.file() + ":" + f.line() + " " + f.message() + " " + f.fingerprint()).sorted().toList();
    }
}
