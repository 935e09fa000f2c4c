package io.finguard.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.testsupport.SarifSchema;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckMojoTest {

    /** A topic with every cost tag: no rule has anything to say about it. */
    static final String TAGGED_TOPIC = """
            resource "aws_sns_topic" "ok" {
              name = "ok"
              tags = { Project = "p", Team = "t", Environment = "prod", CostCenter = "cc-100", Owner = "o" }
            }
            """;

    /** FG101 (high) on line 1: no tags at all. */
    static final String UNTAGGED_TOPIC = """
            resource "aws_sns_topic" "alerts" {
              name = "alerts"
            }
            """;

    /** FG501 (medium): a log group that never expires, and otherwise tagged. */
    static final String ETERNAL_LOG_GROUP = """
            resource "aws_cloudwatch_log_group" "app" {
              name = "/prod/app"
              tags = { Project = "p", Team = "t", Environment = "prod", CostCenter = "cc-100", Owner = "o" }
            }
            """;

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private CheckMojo mojo() {
        CheckMojo mojo = TestModule.configure(new CheckMojo(), dir, log);
        mojo.outputDirectory = dir.resolve("target/finguard").toFile();
        mojo.failOnViolation = true;
        return mojo;
    }

    private void write(String file, String content) throws IOException {
        TestModule.write(dir, file, content);
    }

    @Test
    void compliantTerraformPasses() throws IOException {
        write("main.tf", TAGGED_TOPIC);
        assertDoesNotThrow(() -> mojo().execute());
        assertTrue(log.at("error").isEmpty(), log.lines().toString());
        assertTrue(log.at("info").stream().anyMatch(l -> l.startsWith("finguard: 0 findings") && l.contains("in 1 files")),
                log.lines().toString());
    }

    @Test
    void anUnusedSuppressionIsAWarningAndTheBuildPasses() throws IOException {
        write("main.tf", "# finguard:ignore FG501 reason=\"no log group here any more\"\n" + TAGGED_TOPIC);
        assertDoesNotThrow(() -> mojo().execute());
        assertTrue(log.at("warn").contains("main.tf:1: suppression of FG501 matches no finding; remove it from the "
                + "comment"), log.lines().toString());
        assertTrue(log.at("error").isEmpty(), log.lines().toString());
    }

    @Test
    void violationsFailWithRuleSeverityFileLineResourceAndMessage() throws IOException {
        write("main.tf", UNTAGGED_TOPIC);
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertTrue(e.getMessage().startsWith("finguard: 1 violation(s) at or above low (0 allowed):"), e.getMessage());
        assertTrue(e.getMessage().contains("FG101 (high) main.tf:1 aws_sns_topic.alerts: missing tags"), e.getMessage());
        assertTrue(log.at("error").stream().anyMatch(l -> l.startsWith("FG101 (high) main.tf:1 aws_sns_topic.alerts")),
                log.lines().toString());
    }

    @Test
    void withoutFailOnViolationFindingsAreLoggedAndTheBuildPasses() throws IOException {
        write("main.tf", UNTAGGED_TOPIC);
        CheckMojo mojo = mojo();
        mojo.failOnViolation = false;
        assertDoesNotThrow(mojo::execute);
        assertTrue(log.at("error").stream().anyMatch(l -> l.contains("aws_sns_topic.alerts")), log.lines().toString());
        assertTrue(log.at("warn").stream().anyMatch(l -> l.contains("failOnViolation is false")), log.lines().toString());
    }

    @Test
    void findingsBelowFailOnSeverityAreWarningsAndPass() throws IOException {
        write("main.tf", UNTAGGED_TOPIC);
        CheckMojo mojo = mojo();
        mojo.failOnSeverity = "critical";
        assertDoesNotThrow(mojo::execute);
        assertTrue(log.at("warn").stream().anyMatch(l -> l.startsWith("FG101 (high) main.tf:1")), log.lines().toString());
        assertTrue(log.at("error").isEmpty(), log.lines().toString());
    }

    @Test
    void failOnSeverityCountsOnlyFindingsAtOrAboveIt() throws IOException {
        write("main.tf", UNTAGGED_TOPIC + ETERNAL_LOG_GROUP);
        CheckMojo mojo = mojo();
        mojo.failOnSeverity = "HIGH";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("finguard: 1 violation(s) at or above high"), e.getMessage());
        assertFalse(e.getMessage().contains("FG501"), e.getMessage());
        assertTrue(log.at("warn").stream().anyMatch(l -> l.startsWith("FG501 (medium)")), log.lines().toString());
    }

    @Test
    void failOnSeverityDefaultsToTheConfiguredThreshold() throws IOException {
        write("main.tf", ETERNAL_LOG_GROUP);
        write("finguard.yml", "severity-threshold: high\n");
        assertDoesNotThrow(() -> mojo().execute());
        assertTrue(log.at("info").stream().anyMatch(l -> l.contains("1 findings (0 at or above high)")),
                log.lines().toString());
    }

    @Test
    void anExplicitConfigFileIsUsed() throws IOException {
        write("main.tf", ETERNAL_LOG_GROUP);
        write("conf/strict.yml", "rules:\n  FG501: {severity: critical}\n");
        CheckMojo mojo = mojo();
        mojo.configFile = dir.resolve("conf/strict.yml").toFile();
        mojo.failOnSeverity = "critical";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("FG501 (critical) main.tf:"), e.getMessage());
    }

    @Test
    void maxAllowedViolationsToleratesThatMany() throws IOException {
        write("main.tf", UNTAGGED_TOPIC + ETERNAL_LOG_GROUP);
        CheckMojo tolerant = mojo();
        tolerant.maxAllowedViolations = 2;
        assertDoesNotThrow(tolerant::execute);
        assertTrue(log.at("info").stream().anyMatch(l -> l.contains("2 violation(s), within maxAllowedViolations (2)")),
                log.lines().toString());

        CheckMojo strict = mojo();
        strict.maxAllowedViolations = 1;
        MojoFailureException e = assertThrows(MojoFailureException.class, strict::execute);
        assertTrue(e.getMessage().startsWith("finguard: 2 violation(s) at or above low (1 allowed):"), e.getMessage());
    }

    @Test
    void aBlockInAModuleCalledThreeTimesIsOneLineNamingTheOtherInstances() throws IOException {
        write("modules/topic/main.tf", "variable \"name\" {}\nresource \"aws_sns_topic\" \"this\" {\n  name = var.name\n}\n");
        write("main.tf", "module \"topics\" {\n  source   = \"./modules/topic\"\n  for_each = toset([\"a\", \"b\", \"c\"])\n"
                + "  name     = \"orders\"\n}\n");
        assertThrows(MojoFailureException.class, () -> mojo().execute());
        List<String> errors = log.at("error").stream().filter(l -> l.startsWith("FG101")).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("module.topics[\"a\"].aws_sns_topic.this (and 2 more instances): "),
                errors.get(0));
    }

    @Test
    void theFailureListIsCappedWithAndNMore() throws IOException {
        StringBuilder tf = new StringBuilder();
        for (int i = 0; i < FindingLines.LISTED + 5; i++) {
            tf.append("resource \"aws_sns_topic\" \"t").append(i).append("\" {\n  name = \"t").append(i).append("\"\n}\n");
        }
        write("main.tf", tf.toString());
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        long listed = e.getMessage().lines().filter(l -> l.startsWith("  FG101")).count();
        assertEquals(FindingLines.LISTED, listed, e.getMessage());
        assertTrue(e.getMessage().endsWith("  and 5 more"), e.getMessage());
        // the log has them all
        assertEquals(FindingLines.LISTED + 5, log.at("error").stream().filter(l -> l.startsWith("FG101")).count());
    }

    @Test
    void anUnparsableFileFailsNamingFileAndLineEvenWithoutFailOnViolation() throws IOException {
        write("main.tf", TAGGED_TOPIC);
        write("broken.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \n}\n");
        CheckMojo mojo = mojo();
        mojo.failOnViolation = false;
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("finguard: 1 error(s): files not checked:"), e.getMessage());
        assertTrue(e.getMessage().contains("broken.tf:"), e.getMessage());
    }

    @Test
    void anInvalidConfigIsAnExecutionErrorNamingFileAndLine() throws IOException {
        write("main.tf", TAGGED_TOPIC);
        write("finguard.yml", "severity-threshold: high\nno-such-key: 1\n");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> mojo().execute());
        assertTrue(e.getMessage().contains("finguard.yml:2"), e.getMessage());
    }

    @Test
    void aMissingConfigFileIsAnExecutionError() throws IOException {
        write("main.tf", TAGGED_TOPIC);
        CheckMojo mojo = mojo();
        mojo.configFile = dir.resolve("nope.yml").toFile();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("nope.yml") && e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void aMissingDirectoryIsAnExecutionError() {
        CheckMojo mojo = mojo();
        mojo.directory = dir.resolve("missing").toFile();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("directory does not exist"), e.getMessage());
    }

    @Test
    void anUnknownSeverityIsAnExecutionError() throws IOException {
        write("main.tf", TAGGED_TOPIC);
        CheckMojo mojo = mojo();
        mojo.failOnSeverity = "severe";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("expected low, medium, high or critical, got \"severe\""), e.getMessage());
    }

    @Test
    void aMissingPlanIsAnExecutionError() throws IOException {
        write("main.tf", TAGGED_TOPIC);
        CheckMojo mojo = mojo();
        mojo.planFile = dir.resolve("plan.json").toFile();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("no such file or directory") && e.getMessage().contains("plan.json"),
                e.getMessage());
    }

    @Test
    void anUnreadablePlanIsAnExecutionError() throws IOException {
        write("plan.json", "{ this is not json");
        CheckMojo mojo = mojo();
        mojo.planFile = dir.resolve("plan.json").toFile();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("finguard: cannot read the plan"), e.getMessage());
        assertTrue(e.getMessage().contains("plan.json:1:"), e.getMessage());
    }

    @Test
    void aPlanAloneIsChecked() throws IOException {
        write("plan.json", plan("aws_sns_topic.from_plan", "aws_sns_topic", Map.of("Project", "p")));
        CheckMojo mojo = mojo();
        mojo.planFile = dir.resolve("plan.json").toFile();
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("FG101 (high) aws_sns_topic.from_plan: missing tags"), e.getMessage());
    }

    @Test
    void variablesAndVariableFilesReachTheTerraform() throws IOException {
        write("main.tf", """
                variable "env" {}
                variable "team" {}
                resource "aws_sns_topic" "t" {
                  name = "t"
                  tags = { Project = "p", Team = var.team, Environment = var.env, CostCenter = "cc-100", Owner = "o" }
                }
                """);
        write("ci.tfvars", "team = \"platform\"\n");
        CheckMojo mojo = mojo();
        mojo.varFiles = List.of(dir.resolve("ci.tfvars").toFile());
        mojo.vars = Map.of("env", "qa");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("Environment \"qa\""), e.getMessage());

        CheckMojo prod = mojo();
        prod.varFiles = mojo.varFiles;
        prod.vars = Map.of("env", "prod");
        assertDoesNotThrow(prod::execute);
    }

    @Test
    void unknownValuesAreCountedAndDoNotFail() throws IOException {
        write("main.tf", """
                variable "env" {}
                resource "aws_sns_topic" "t" {
                  name = "t"
                  tags = { Project = "p", Team = "t", Environment = var.env, CostCenter = "cc-100", Owner = "o" }
                }
                """);
        assertDoesNotThrow(() -> mojo().execute());
        assertTrue(log.at("info").contains("finguard: 1 resources not verified (values unknown until apply; -X lists them)"),
                log.lines().toString());
        assertTrue(log.at("debug").contains("finguard: not verified: aws_sns_topic.t"), log.lines().toString());
    }

    /**
     * fixtures/environments in a repository: the module is the environment directory, and the modules it calls
     * lie two levels up. The reports name every file from the repository's top, where CI maps them, and SARIF says
     * that %SRCROOT% is that directory; outside a repository they would be relative to the module, with ../.
     */
    @Test
    void reportsNameFilesFromTheRepositoryTopEvenAboveTheModule() throws IOException {
        Path layout = Path.of("../fixtures/environments").toAbsolutePath().normalize();
        for (String file : List.of("envs/prod/main.tf", "modules/service/main.tf", "modules/logs/main.tf")) {
            write("repo/" + file, Files.readString(layout.resolve(file)));
        }
        Files.createDirectories(dir.resolve("repo/.git"));
        Path prod = dir.resolve("repo/envs/prod");
        CheckMojo mojo = TestModule.configure(new CheckMojo(), prod, log);
        mojo.outputDirectory = prod.resolve("target/finguard").toFile();
        mojo.formats = List.of("json", "sarif");
        mojo.failOnViolation = true;
        assertThrows(MojoFailureException.class, mojo::execute);

        Path out = prod.resolve("target/finguard");
        List<String> files = new ArrayList<>();
        new ObjectMapper().readTree(out.resolve("finguard.json").toFile()).get("findings")
                .forEach(f -> files.add(f.get("file").asText()));
        assertEquals(List.of("envs/prod/main.tf", "modules/logs/main.tf", "modules/service/main.tf"),
                files.stream().sorted().toList());
        JsonNode run = new ObjectMapper().readTree(out.resolve("finguard.sarif").toFile()).get("runs").get(0);
        List<String> uris = new ArrayList<>();
        run.get("results").forEach(r -> uris.add(r.get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asText()));
        assertEquals(files.stream().sorted().toList(), uris.stream().sorted().toList());
        assertEquals(dir.resolve("repo").toUri().toString(),
                run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
    }

    @Test
    void eachRequestedFormatIsWrittenToTheOutputDirectory() throws IOException {
        write("main.tf", UNTAGGED_TOPIC);
        CheckMojo mojo = mojo();
        mojo.formats = List.of("json,sarif", "TEXT");
        assertThrows(MojoFailureException.class, mojo::execute); // the reports are written before the build fails
        Path out = dir.resolve("target/finguard");
        JsonNode json = new ObjectMapper().readTree(out.resolve("finguard.json").toFile());
        assertEquals("FG101", json.get("findings").get(0).get("ruleId").asText());
        assertEquals("main.tf", json.get("findings").get(0).get("file").asText());
        JsonNode sarif = new ObjectMapper().readTree(out.resolve("finguard.sarif").toFile());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertTrue(Files.readString(out.resolve("finguard.txt")).contains("aws_sns_topic.alerts"));
        assertTrue(log.at("info").contains("finguard: wrote " + out.resolve("finguard.sarif")), log.lines().toString());
    }

    @Test
    void withoutFormatsConfiguredSarifAndJsonAreWrittenAsOtherBuildPluginsDo() throws Exception {
        write("main.tf", UNTAGGED_TOPIC);
        CheckMojo mojo = mojo(); // formats left as a POM without <formats> leaves it
        assertThrows(MojoFailureException.class, mojo::execute);
        Path out = dir.resolve("target/finguard");
        String sarif = Files.readString(out.resolve("finguard.sarif"));
        SarifSchema.load().assertValid(sarif, "target/finguard/finguard.sarif");
        assertEquals("FG101", new ObjectMapper().readTree(sarif).get("runs").get(0).get("results").get(0)
                .get("ruleId").asText());
        JsonNode json = new ObjectMapper().readTree(out.resolve("finguard.json").toFile());
        assertEquals("main.tf", json.get("findings").get(0).get("file").asText());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("finguard.json", "finguard.sarif"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertTrue(log.at("info").contains("finguard: wrote " + out.resolve("finguard.json")), log.lines().toString());
    }

    @Test
    void formatsNoneWritesNoReport() throws IOException {
        write("main.tf", TAGGED_TOPIC);
        CheckMojo mojo = mojo();
        mojo.formats = List.of("none");
        assertDoesNotThrow(mojo::execute);
        assertFalse(Files.exists(dir.resolve("target/finguard")));
    }

    @Test
    void noneWithAFormatIsAnExecutionError() throws IOException {
        write("main.tf", TAGGED_TOPIC);
        CheckMojo mojo = mojo();
        mojo.formats = List.of("none,json");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("finguard: formats: \"none\" writes no report and cannot be combined with formats",
                e.getMessage());
    }

    @Test
    void anUnknownFormatIsAnExecutionErrorListingTheKnownOnes() throws IOException {
        write("main.tf", TAGGED_TOPIC);
        CheckMojo mojo = mojo();
        mojo.formats = List.of("json", "pdf");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("unknown format \"pdf\" (expected text, json, sarif"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("target/finguard/finguard.json")));
    }

    @Test
    void aModuleWithoutTerraformPassesQuietly() throws IOException {
        write("src/main/java/App.java", "class App {}");
        assertDoesNotThrow(() -> mojo().execute());
        assertEquals(List.of("finguard: no Terraform files under " + dir.toAbsolutePath().normalize()
                + ", nothing to check"), log.at("info"));
    }

    @Test
    void aParentLeavesItsChildModulesToThemselves() throws IOException {
        write("main.tf", TAGGED_TOPIC);
        write("infra/main.tf", UNTAGGED_TOPIC);
        write("infra/pom.xml", "<project/>");
        CheckMojo parent = mojo();
        parent.modules = List.of("infra/pom.xml");
        assertDoesNotThrow(parent::execute);

        CheckMojo child = mojo();
        child.directory = dir.resolve("infra").toFile();
        child.basedir = child.directory;
        MojoFailureException e = assertThrows(MojoFailureException.class, child::execute);
        assertTrue(e.getMessage().contains("main.tf:1 aws_sns_topic.alerts"), e.getMessage());
    }

    @Test
    void skipDoesNothing() throws IOException {
        write("main.tf", "resource {{{");
        CheckMojo mojo = mojo();
        mojo.skip = true;
        assertDoesNotThrow(mojo::execute);
        assertEquals(List.of("finguard: skipped"), log.at("info"));
    }

    /** A {@code terraform show -json} document with one managed resource and its {@code tags_all}. */
    static String plan(String address, String type, Map<String, String> tags) throws IOException {
        ObjectMapper json = new ObjectMapper();
        String name = address.substring(address.lastIndexOf('.') + 1);
        Map<String, Object> resource = Map.of("address", address, "mode", "managed", "type", type, "name", name,
                "provider_name", "registry.terraform.io/hashicorp/aws",
                "values", Map.of("name", name, "tags", tags, "tags_all", tags));
        return json.writeValueAsString(Map.of("format_version", "1.2",
                "planned_values", Map.of("root_module", Map.of("resources", List.of(resource)))));
    }

    @Test
    void regoPoliciesReportLikeBuiltInRules() throws IOException {
        write("main.tf", TAGGED_TOPIC);
        write("policy/topics.rego", """
                package main

                deny[msg] {
                  input.resource.aws_sns_topic[name]
                  msg := sprintf("aws_sns_topic.%s: topics need an approval", [name])
                }
                """);
        CheckMojo mojo = mojo();
        mojo.policies = java.util.List.of(dir.resolve("policy").toFile());
        mojo.regoVersion = "v0";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("main.deny (high) main.tf:1 (root module): aws_sns_topic.ok: topics need"),
                e.getMessage());

        mojo.regoVersion = "v2";
        MojoExecutionException bad = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(bad.getMessage().contains("unknown Rego version 'v2'"), bad.getMessage());
    }
}
