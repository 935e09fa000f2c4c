package io.finguard.terraform.load;

import io.finguard.terraform.LoadError;
import io.finguard.terraform.Module;
import io.finguard.terraform.Resource;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerraformLoaderTest {

    @TempDir
    Path dir;

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private TerraformModel load() {
        return new TerraformLoader().load(LoadRequest.of(dir, List.of(dir)));
    }

    private TerraformModel load(List<Path> varFiles, Map<String, String> vars) {
        return new TerraformLoader().load(new LoadRequest(List.of(dir), dir, varFiles, vars, List.of()));
    }

    private static Resource resource(TerraformModel model, String address) {
        return model.resources().stream().filter(r -> r.address().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + address + " in "
                        + model.resources().stream().map(Resource::address).toList()));
    }

    private static Value path(Value v, String... keys) {
        for (String k : keys) {
            v = ((Value.Obj) v).get(k);
        }
        return v;
    }

    @Test
    void localModuleIsEvaluatedThroughItsCallWithItsInputs() throws IOException {
        write("main.tf", """
                module "storage" {
                  source = "./modules/storage"
                  name   = "ml-${local.env}"
                }
                locals { env = "prod" }
                """);
        write("modules/storage/main.tf", """
                variable "name" {}
                resource "aws_s3_bucket" "data" {
                  bucket = "${var.name}-data"
                }
                """);
        TerraformModel model = load();
        assertEquals(List.of(), model.errors());
        assertEquals(1, model.resources().size(), "the module directory is not loaded a second time as a root");
        Resource bucket = resource(model, "module.storage.aws_s3_bucket.data");
        assertEquals(Value.str("ml-prod-data"), bucket.get("bucket"));
        assertEquals("modules/storage/main.tf", bucket.location().file());
        assertEquals(2, bucket.location().line());
        assertEquals(4, bucket.location().endLine());
        assertEquals(1, bucket.callers().size());
        assertEquals("main.tf", bucket.callers().get(0).file());
    }

    @Test
    void moduleOutputsFeedTheParent() throws IOException {
        write("main.tf", """
                module "naming" {
                  source = "./naming"
                  env    = "dev"
                }
                resource "aws_cloudwatch_log_group" "app" {
                  name = module.naming.prefix
                }
                """);
        write("naming/main.tf", """
                variable "env" {}
                output "prefix" { value = "/acme/${var.env}/app" }
                """);
        assertEquals(Value.str("/acme/dev/app"), resource(load(), "aws_cloudwatch_log_group.app").get("name"));
    }

    @Test
    void providerDefaultTagsFollowAliasesAndModuleProviderMaps() throws IOException {
        write("providers.tf", """
                provider "aws" {
                  region = "eu-west-1"
                  default_tags { tags = { Team = "ml" } }
                }
                provider "aws" {
                  alias  = "west"
                  region = "us-west-2"
                  default_tags { tags = { Team = "west" } }
                }
                """);
        write("main.tf", """
                resource "aws_s3_bucket" "a" { bucket = "a" }
                resource "aws_s3_bucket" "b" {
                  provider = aws.west
                  bucket   = "b"
                }
                module "replica" {
                  source    = "./replica"
                  providers = { aws = aws.west }
                }
                module "plain" {
                  source = "./replica"
                }
                """);
        write("replica/main.tf", "resource \"aws_s3_bucket\" \"r\" { bucket = \"r\" }\n");
        TerraformModel model = load();
        assertEquals(List.of(), model.errors());
        assertEquals(Value.str("ml"), path(resource(model, "aws_s3_bucket.a").provider().defaultTags(), "Team"));
        assertEquals(Value.str("west"), path(resource(model, "aws_s3_bucket.b").provider().defaultTags(), "Team"));
        assertEquals("west", resource(model, "module.replica.aws_s3_bucket.r").provider().alias());
        assertEquals(Value.str("west"),
                path(resource(model, "module.replica.aws_s3_bucket.r").provider().defaultTags(), "Team"));
        assertEquals(Value.str("ml"),
                path(resource(model, "module.plain.aws_s3_bucket.r").provider().defaultTags(), "Team"));
        // a fix writes default_tags into the block itself: the root's, also for what a module was passed
        assertEquals(5, resource(model, "module.replica.aws_s3_bucket.r").provider().syntax().block().range()
                .startLine());
        assertEquals("providers.tf", resource(model, "aws_s3_bucket.a").provider().syntax().file());
    }

    @Test
    void variableValuesFollowTerraformPrecedence() throws IOException {
        write("main.tf", """
                variable "a" { default = "default" }
                variable "b" { default = "default" }
                variable "c" { default = "default" }
                variable "d" { default = "default" }
                variable "e" { default = "default" }
                variable "list" { type = list(string) }
                resource "aws_s3_bucket" "x" {
                  tags = { a = var.a, b = var.b, c = var.c, d = var.d, e = var.e, n = length(var.list) }
                }
                """);
        write("terraform.tfvars", "b = \"tfvars\"\nc = \"tfvars\"\nd = \"tfvars\"\ne = \"tfvars\"\n");
        write("x.auto.tfvars", "c = \"auto\"\nd = \"auto\"\ne = \"auto\"\n");
        write("extra.tfvars", "d = \"file\"\ne = \"file\"\n");
        TerraformModel model = load(List.of(dir.resolve("extra.tfvars")), Map.of("e", "cli", "list", "[\"x\",\"y\"]"));
        assertEquals(List.of(), model.errors());
        Value tags = resource(model, "aws_s3_bucket.x").get("tags");
        assertEquals(Value.str("default"), path(tags, "a"));
        assertEquals(Value.str("tfvars"), path(tags, "b"));
        assertEquals(Value.str("auto"), path(tags, "c"));
        assertEquals(Value.str("file"), path(tags, "d"));
        assertEquals(Value.str("cli"), path(tags, "e"));
        assertEquals(Value.Num.of(2), path(tags, "n"));
    }

    @Test
    void localsAreEvaluatedInDependencyOrderAndACycleIsAnError() throws IOException {
        write("main.tf", """
                locals {
                  tags = merge(local.base, { Name = local.name })
                  name = "${local.prefix}-x"
                  prefix = "acme"
                  base = { Team = "ml" }
                  loop_a = local.loop_b
                  loop_b = local.loop_a
                }
                resource "aws_s3_bucket" "x" { tags = local.tags }
                resource "aws_s3_bucket" "y" { bucket = local.loop_a }
                """);
        TerraformModel model = load();
        assertEquals(Map.of("Team", Value.str("ml"), "Name", Value.str("acme-x")),
                ((Value.Obj) resource(model, "aws_s3_bucket.x").get("tags")).entries());
        assertEquals(1, model.errors().size(), model.errors().toString());
        LoadError cycle = model.errors().get(0);
        assertTrue(cycle.message().contains("local.loop_a") && cycle.message().contains("local.loop_b"));
        assertEquals("main.tf", cycle.file());
        assertEquals(6, cycle.line());
        assertFalse(resource(model, "aws_s3_bucket.y").get("bucket").isKnown());
    }

    @Test
    void referencesToOtherResourcesAreUnknownsThatRememberTheirSource() throws IOException {
        write("main.tf", """
                variable "no_value" {}
                resource "aws_s3_bucket" "b" { bucket = "b" }
                resource "aws_s3_bucket_lifecycle_configuration" "l" {
                  bucket = aws_s3_bucket.b.id
                  rule {
                    id     = var.no_value
                    status = "Enabled"
                  }
                }
                """);
        TerraformModel model = load();
        Resource lc = resource(model, "aws_s3_bucket_lifecycle_configuration.l");
        assertEquals(new Value.Unknown("aws_s3_bucket.b.id"), lc.get("bucket"));
        assertEquals(List.of("aws_s3_bucket.b.id", "aws_s3_bucket.b"), lc.referencesOf("bucket"),
                "written as a plan's configuration writes references, so rules link the same way in both modes");
        Value rule = ((Value.Seq) lc.get("rule")).elements().get(0);
        assertEquals(new Value.Unknown("var.no_value"), path(rule, "id"));
        assertEquals(Value.str("Enabled"), path(rule, "status"));
        assertEquals(List.of(), model.errors());
    }

    @Test
    void aFileWithASyntaxErrorIsReportedAndTheOthersStillLoad() throws IOException {
        write("broken.tf", "resource \"aws_s3_bucket\" \"bad\" {\n  bucket = \"x\"\n  tags = {\n");
        write("good.tf", "resource \"aws_s3_bucket\" \"good\" { bucket = \"g\" }\n");
        write("other/main.tf", "resource \"aws_sqs_queue\" \"q\" { name = \"q\" }\n");
        TerraformModel model = load();
        assertEquals(List.of("aws_s3_bucket.good", "aws_sqs_queue.q"),
                model.resources().stream().map(Resource::address).sorted().toList());
        assertFalse(model.errors().isEmpty());
        assertEquals("broken.tf", model.errors().get(0).file());
        assertTrue(model.errors().get(0).line() >= 1);
    }

    @Test
    void remoteModulesComeFromTheInstalledManifestOrAreListedAsNotLoaded() throws IOException {
        write("main.tf", """
                module "vpc" {
                  source  = "terraform-aws-modules/vpc/aws"
                  version = "5.0.0"
                }
                module "missing" {
                  source = "git::ssh://example/repo.git"
                }
                """);
        write(".terraform/modules/modules.json", """
                {"Modules":[{"Key":"","Source":"","Dir":"."},
                 {"Key":"vpc","Source":"registry/vpc","Version":"5.0.0","Dir":".terraform/modules/vpc"}]}
                """);
        write(".terraform/modules/vpc/main.tf", "resource \"aws_vpc\" \"this\" { cidr_block = \"10.0.0.0/16\" }\n");
        TerraformModel model = load();
        assertEquals(List.of(), model.errors());
        assertEquals(List.of("module.vpc.aws_vpc.this"), model.resources().stream().map(Resource::address).toList());
        Module missing = model.modules().stream().filter(m -> m.address().equals("module.missing")).findFirst()
                .orElseThrow();
        assertFalse(missing.loaded());
        assertNull(missing.dir());
    }

    @Test
    void dynamicBlocksExpandWhenTheirCollectionIsKnown() throws IOException {
        write("main.tf", """
                locals { tags = { Team = "ml", Project = "x" } }
                resource "aws_autoscaling_group" "g" {
                  max_size = 3
                  dynamic "tag" {
                    for_each = local.tags
                    content {
                      key                 = tag.key
                      value               = tag.value
                      propagate_at_launch = true
                    }
                  }
                }
                resource "aws_autoscaling_group" "h" {
                  dynamic "tag" {
                    for_each = data.x.y.tags
                    iterator = t
                    content { key = t.key }
                  }
                }
                """);
        TerraformModel model = load();
        Value.Seq tags = (Value.Seq) resource(model, "aws_autoscaling_group.g").get("tag");
        assertEquals(2, tags.elements().size());
        assertEquals(Value.str("Team"), path(tags.elements().get(0), "key"));
        assertEquals(Value.TRUE, path(tags.elements().get(1), "propagate_at_launch"));
        assertFalse(resource(model, "aws_autoscaling_group.h").get("tag").isKnown());
    }

    @Test
    void countAndForEachAreKeptAsMetaArgumentsAndInstanceValuesAreUnknown() throws IOException {
        write("main.tf", """
                resource "aws_s3_bucket" "b" {
                  for_each = toset(["a", "b"])
                  bucket   = "acme-${each.key}"
                  tags     = { Team = "ml" }
                }
                resource "aws_s3_bucket" "c" {
                  count  = 2
                  bucket = "c"
                }
                """);
        TerraformModel model = load();
        Resource b = resource(model, "aws_s3_bucket.b");
        assertNotNull(b.forEach());
        assertFalse(b.values().entries().containsKey("for_each"));
        assertFalse(b.get("bucket").isKnown());
        assertEquals(Value.str("ml"), path(b.get("tags"), "Team"));
        assertEquals(Value.Num.of(2), resource(model, "aws_s3_bucket.c").count());
    }

    @Test
    void terraformAndGitDirectoriesAndExcludedPathsAreSkipped() throws IOException {
        write("main.tf", "resource \"aws_s3_bucket\" \"root\" { bucket = \"r\" }\n");
        write(".terraform/providers/x/main.tf", "resource \"aws_s3_bucket\" \"cache\" { bucket = \"c\" }\n");
        write(".git/x.tf", "resource \"aws_s3_bucket\" \"git\" { bucket = \"g\" }\n");
        write("examples/basic/main.tf", "resource \"aws_s3_bucket\" \"example\" { bucket = \"e\" }\n");
        TerraformModel model = new TerraformLoader().load(
                new LoadRequest(List.of(dir), dir, List.of(), Map.of(), List.of("**/examples/**")));
        assertEquals(List.of("aws_s3_bucket.root"), model.resources().stream().map(Resource::address).toList());
    }

    @Test
    void anOverlayTextIsReadInPlaceOfTheFileOnDisk() throws IOException {
        write("main.tf", "resource \"aws_s3_bucket\" \"a\" { bucket = \"on-disk\" }\n");
        write("modules/m/main.tf", "resource \"aws_s3_bucket\" \"m\" { bucket = \"also-on-disk\" }\n");
        // a relative, unnormalised key names the same file
        Path key = Path.of("").toAbsolutePath().relativize(dir.resolve("x/../main.tf"));
        TerraformModel model = new TerraformLoader().load(new LoadRequest(List.of(dir), dir, List.of(), Map.of(),
                List.of(), Map.of(key, "resource \"aws_s3_bucket\" \"a\" {\n  bucket = \"in-memory\"\n  #\n}\n")));
        Resource a = resource(model, "aws_s3_bucket.a");
        assertEquals(Value.str("in-memory"), a.get("bucket"));
        assertEquals(4, a.location().endLine(), "lines are those of the overlay text");
        assertEquals(Value.str("also-on-disk"), resource(model, "aws_s3_bucket.m").get("bucket"));
        assertEquals("resource \"aws_s3_bucket\" \"a\" { bucket = \"on-disk\" }\n",
                Files.readString(dir.resolve("main.tf")), "the disk is not touched");
    }

    @Test
    void namedFilesLoadTheirWholeDirectoryForContext() throws IOException {
        write("a.tf", "locals { name = \"from-a\" }\n");
        write("b.tf", "resource \"aws_s3_bucket\" \"b\" { bucket = local.name }\n");
        TerraformModel model = new TerraformLoader().load(LoadRequest.of(dir, List.of(dir.resolve("b.tf"))));
        assertEquals(Value.str("from-a"), resource(model, "aws_s3_bucket.b").get("bucket"));
    }

    @Test
    void aMissingPathIsAnError() {
        TerraformModel model = new TerraformLoader().load(LoadRequest.of(dir, List.of(dir.resolve("nope"))));
        assertEquals(1, model.errors().size());
        assertTrue(model.errors().get(0).message().contains("no such file"));
    }

    @Test
    void dataSourcesAreLoadedWithTheirOwnAddresses() throws IOException {
        write("main.tf", "data \"aws_caller_identity\" \"me\" {}\n");
        Resource data = resource(load(), "data.aws_caller_identity.me");
        assertEquals(io.finguard.terraform.ResourceMode.DATA, data.mode());
    }

    @Test
    void anEnvironmentReadsTheTemplatesOfModulesAboveItInsideItsRepository() throws IOException {
        // the usual layout: envs/prod calls ../../modules/compute, whose templates are read relative to
        // path.module; the scan is of envs/prod alone, the repository bounds what may be read
        Files.createDirectories(dir.resolve("repo/.git"));
        write("repo/envs/prod/main.tf", """
                module "compute" {
                  source = "../../modules/compute"
                }
                """);
        write("repo/modules/compute/main.tf", """
                resource "terraform_data" "boot" {
                  input = templatefile("${path.module}/templates/boot.tpl", { name = "prod" })
                }
                resource "terraform_data" "secret" {
                  input = file("${path.module}/../../../outside.txt")
                }
                """);
        write("repo/modules/compute/templates/boot.tpl", "hello ${name}");
        write("outside.txt", "not for a scan");
        Path env = dir.resolve("repo/envs/prod");
        TerraformModel model = new TerraformLoader().load(LoadRequest.of(env, List.of(env)));
        assertEquals(List.of(), model.errors());
        assertEquals(Value.str("hello prod"), resource(model, "module.compute.terraform_data.boot").get("input"));
        assertFalse(resource(model, "module.compute.terraform_data.secret").get("input").isKnown());
        assertEquals(1, model.notes().size(), model.notes()::toString);
        assertTrue(model.notes().get(0).contains("outside.txt\" was not read"), model.notes()::toString);
    }

    @Test
    void pathCwdIsTheRootModulesAbsoluteDirectory() throws IOException {
        write("main.tf", """
                resource "terraform_data" "where" {
                  input = [path.cwd, path.root, path.module]
                }
                """);
        Value where = resource(load(), "terraform_data.where").get("input");
        String cwd = dir.toAbsolutePath().normalize().toString().replace('\\', '/');
        assertEquals(List.of(Value.str(cwd), Value.str("."), Value.str(".")), ((Value.Seq) where).elements());
    }
}
