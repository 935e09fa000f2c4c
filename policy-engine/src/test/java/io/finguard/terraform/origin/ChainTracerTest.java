package io.finguard.terraform.origin;

import io.finguard.terraform.Resource;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.load.LoadRequest;
import io.finguard.terraform.load.TerraformLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Value chains traced through locals, module arguments, objects, tfvars, {@code --var} and defaults. */
class ChainTracerTest {

    @TempDir
    Path dir;

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private TerraformModel load(Map<String, String> vars) {
        return new TerraformLoader().load(new LoadRequest(List.of(dir), dir, List.of(), vars, List.of()));
    }

    private static Resource resource(TerraformModel model, String address) {
        return model.resources().stream().filter(r -> r.address().equals(address)).findFirst().orElseThrow();
    }

    private static List<String> places(ValueChain chain) {
        return chain.steps().stream().map(s -> s.kind() + " " + s.where() + " " + s.text() + " = "
                + ValueChain.valueText(s.value())).toList();
    }

    /** A root calling a module with an object from tfvars, through a local and an object entry. */
    private void project() throws IOException {
        write("variables.tf", """
                variable "groups" {
                  type = object({ gpu = object({ max_size = number }) })
                }

                variable "retention" {
                  type    = number
                  default = 90
                }
                """);
        write("terraform.tfvars", """
                groups = {
                  gpu = {
                    max_size = 16
                  }
                }
                """);
        write("main.tf", """
                locals {
                  gpu = var.groups.gpu
                }

                module "nodes" {
                  source   = "./modules/nodes"
                  settings = local.gpu
                  days     = var.retention
                  name     = upper("gpu")
                }
                """);
        write("modules/nodes/main.tf", """
                variable "settings" {
                  type = object({ max_size = number })
                }

                variable "days" {
                  type = number
                }

                variable "name" {
                  type = string
                }

                variable "kept" {
                  type    = number
                  default = null
                }

                resource "aws_eks_node_group" "this" {
                  node_group_name = var.name
                  scaling_config {
                    max_size = var.settings.max_size
                  }
                }

                resource "aws_cloudwatch_log_group" "this" {
                  name              = var.name
                  retention_in_days = var.days
                  kms_key_id        = var.kept
                }
                """);
    }

    @Test
    void followsReferencesThroughLocalsModuleArgumentsAndObjectsToATfvarsEntry() throws IOException {
        project();
        TerraformModel model = load(Map.of());
        ValueChain chain = model.origin(resource(model, "module.nodes.aws_eks_node_group.this"),
                "scaling_config", "max_size");
        assertEquals(List.of(
                "ATTRIBUTE modules/nodes/main.tf:21 max_size = var.settings.max_size = 16",
                "ARGUMENT main.tf:7 settings = local.gpu = 16",
                "LOCAL main.tf:2 gpu = var.groups.gpu = 16",
                "INPUT terraform.tfvars:3 max_size = 16 = 16"), places(chain));
        assertEquals(ValueChain.End.LITERAL, chain.end());
        assertEquals(List.of("gpu", "max_size"), chain.source().path());
        assertEquals("max_size = var.settings.max_size, which is 16: set by module \"nodes\" (main.tf:7) to "
                + "local.gpu, set in locals (main.tf:2) to var.groups.gpu, set in terraform.tfvars:3",
                chain.describe());
        assertEquals("max_size = var.settings.max_size, which is 16: set by the module block that calls it",
                chain.describePlace());
    }

    @Test
    void aVariableTheCallerLeavesToItsDefaultEndsThereAndARootDefaultIsALiteral() throws IOException {
        project();
        TerraformModel model = load(Map.of());
        Resource group = resource(model, "module.nodes.aws_cloudwatch_log_group.this");
        ValueChain kept = model.origin(group, "kms_key_id");
        assertEquals(ValueChain.End.NOT_SET, kept.end());
        assertEquals("kms_key_id = var.kept, which is null: the variable's default (modules/nodes/main.tf:15), not "
                + "set by module \"nodes\" (main.tf:5)", kept.describe());

        ValueChain days = model.origin(group, "retention_in_days");
        assertEquals(ValueChain.End.LITERAL, days.end());
        assertEquals(List.of(ChainStep.Kind.ATTRIBUTE, ChainStep.Kind.ARGUMENT, ChainStep.Kind.DEFAULT),
                days.steps().stream().map(ChainStep::kind).toList());
        assertEquals("default = 90", days.source().text());
    }

    @Test
    void stopsAtAComputedValueAtTheCommandLineAndAtAnArgumentThatIsNotWritten() throws IOException {
        project();
        TerraformModel model = load(Map.of("retention", "7"));
        Resource group = resource(model, "module.nodes.aws_cloudwatch_log_group.this");
        ValueChain name = model.origin(group, "name");
        assertEquals(ValueChain.End.COMPUTED, name.end());
        assertEquals("name = var.name, which is \"GPU\": set by module \"nodes\" (main.tf:9) as upper(\"gpu\")",
                name.describe());

        ValueChain days = model.origin(group, "retention_in_days");
        assertEquals(ValueChain.End.COMMAND_LINE, days.end());
        assertEquals("--var retention", days.source().where());

        assertEquals(ValueChain.ABSENT, model.origin(group, "skip_destroy"));
        ValueChain computed = model.origin(resource(model, "module.nodes.aws_eks_node_group.this"),
                "node_group_name");
        assertFalse(ValueChain.ABSENT.indirect());
        assertEquals(List.of("ATTRIBUTE modules/nodes/main.tf:19 node_group_name = var.name = \"GPU\"",
                "ARGUMENT main.tf:9 name = upper(\"gpu\") = \"GPU\""), places(computed));
        assertEquals(ValueChain.End.COMPUTED, computed.end());
    }
}
