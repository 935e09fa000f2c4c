package io.finguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.api.Severity;
import io.finguard.engine.Finding;
import io.finguard.engine.FindingInstance;
import io.finguard.terraform.Resource;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.load.LoadRequest;
import io.finguard.terraform.load.TerraformLoader;
import io.finguard.terraform.origin.ValueChain;
import io.finguard.testsupport.SarifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A finding whose instance carries where its value comes from (decision 076): JSON lists the chain per instance,
 * and SARIF adds its places to the related locations and stays valid against the schema.
 */
class ValueChainReportsTest {

    @TempDir
    Path dir;

    private Finding finding() throws IOException {
        Files.createDirectories(dir.resolve("modules/logs"));
        Files.writeString(dir.resolve("main.tf"), """
                module "logs" {
                  source = "./modules/logs"
                  days   = var.days
                }

                variable "days" {
                  type = number
                }
                """);
        Files.writeString(dir.resolve("terraform.tfvars"), "days = 90\n");
        Files.writeString(dir.resolve("modules/logs/main.tf"), """
                variable "days" {
                  type = number
                }

                resource "aws_cloudwatch_log_group" "app" {
                  retention_in_days = var.days
                }
                """);
        TerraformModel model = new TerraformLoader().load(LoadRequest.of(dir, List.of(dir)));
        Resource group = model.resources().get(0);
        ValueChain chain = model.origin(group, "retention_in_days");
        FindingInstance instance = new FindingInstance(group.address(), ".",
                List.of(new FindingInstance.Call("main.tf", 1)), "fp", "aws_cloudwatch_log_group.app",
                null, chain);
        return new Finding("FG501", "log-retention", Severity.MEDIUM, group.address(), group.type(),
                "modules/logs/main.tf", 6, 6, "keeps events for 90 days (" + chain.describe() + ")", false, "fp",
                null, null, "set it where it is set", List.of(instance));
    }

    @Test
    void jsonListsEachPlaceOfTheChainPerInstance() throws IOException {
        String json = ReportCases.render(new JsonReport(), ReportCases.result(List.of(finding()), List.of(),
                List.of(), 0), ReportCases.context(false));
        JsonNode origin = new ObjectMapper().readTree(json).at("/findings/0/instances/0/origin");
        List<String> places = new ArrayList<>();
        origin.forEach(s -> places.add(s.get("kind").asText() + " " + s.get("file").asText() + ":"
                + s.get("line").asInt() + " " + s.get("source").asText() + " -> " + s.get("value")));
        assertEquals(List.of("attribute modules/logs/main.tf:6 retention_in_days = var.days -> 90",
                "argument main.tf:3 days = var.days -> 90",
                "input terraform.tfvars:1 days = 90 -> 90"), places);
    }

    @Test
    void sarifRelatesThePlacesOfTheChainAndStaysValid() throws IOException {
        String sarif = ReportCases.render(new SarifReport(), ReportCases.result(List.of(finding()), List.of(),
                List.of(), 0), ReportCases.context(false));
        SarifSchema.load().assertValid(sarif, "a result with a value chain");
        JsonNode related = new ObjectMapper().readTree(sarif).at("/runs/0/results/0/relatedLocations");
        List<String> places = new ArrayList<>();
        related.forEach(r -> places.add(r.at("/physicalLocation/artifactLocation/uri").asText() + ":"
                + r.at("/physicalLocation/region/startLine").asInt() + " " + r.at("/message/text").asText()));
        assertEquals(List.of("main.tf:1 module block that creates module.logs",
                "main.tf:3 the value comes from here: days = var.days",
                "terraform.tfvars:1 the value comes from here: days = 90"), places);
        assertTrue(related.get(1).get("id").asInt() != related.get(2).get("id").asInt());
    }
}
