package io.finguard.cli;

import io.finguard.cli.ScanCommandTest.Run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Terraform that the baseline and changed-files tests write, and what they read back from a JSON report. */
final class TerraformFiles {

    /** Cost tags for everything, so that the log groups of {@link #logGroup} break FG501 alone. */
    static final String PROVIDER = """
            provider "aws" {
              region = "eu-west-1"
              default_tags {
                tags = {
                  Project = "shop", Team = "platform", Environment = "prod", CostCenter = "cc-100", Owner = "ops"
                }
              }
            }
            """;

    private TerraformFiles() {
    }

    /** A prod log group kept for {@code days}: over the prod maximum of 30 it is an FG501 finding. */
    static String logGroup(String name, int days) {
        return "resource \"aws_cloudwatch_log_group\" \"" + name + "\" {\n  name              = \"/shop/prod/" + name
                + "\"\n  retention_in_days = " + days + "\n}\n";
    }

    static void write(Path dir, String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Each finding of a JSON report as {@code "<ruleId> <value of field>"}. */
    static List<String> findings(Run json, String field) throws IOException {
        List<String> out = new ArrayList<>();
        json.json().get("findings").forEach(f -> out.add(f.get("ruleId").asText() + " " + f.get(field).asText()));
        return out;
    }
}
