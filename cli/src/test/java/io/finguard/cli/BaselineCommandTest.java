package io.finguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.cli.ScanCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.finguard.cli.ScanCommandTest.run;
import static io.finguard.cli.TerraformFiles.PROVIDER;
import static io.finguard.cli.TerraformFiles.logGroup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code finguard baseline create} and {@code scan --baseline}, end to end with the built-in rules. */
class BaselineCommandTest {

    @TempDir
    Path dir;

    private void write(String path, String content) throws IOException {
        TerraformFiles.write(dir, path, content);
    }

    private Path baselineFile() {
        return dir.resolve(".finguard-baseline.json");
    }

    private static List<String> resources(Run r) throws IOException {
        return TerraformFiles.findings(r, "resource");
    }

    @Test
    void aBaselineRoundTripReportsOnlyWhatIsNew() throws IOException {
        write("providers.tf", PROVIDER);
        write("main.tf", logGroup("app", 90) + "\n" + logGroup("audit", 365));
        Run create = run("baseline", "create", dir.toString());
        assertEquals(0, create.code(), create.err());
        assertEquals("", create.out(), "baseline create writes no report on stdout");
        assertTrue(create.err().contains("wrote 2 findings to " + baselineFile()), create.err());
        JsonNode file = new ObjectMapper().readTree(baselineFile().toFile());
        assertEquals(1, file.get("schemaVersion").asInt());
        assertEquals(List.of("aws_cloudwatch_log_group.app", "aws_cloudwatch_log_group.audit"),
                List.of(file.at("/entries/0/resource").asText(), file.at("/entries/1/resource").asText()));
        assertEquals("main.tf", file.at("/entries/0/file").asText());

        Run clean = run("scan", "--baseline", baselineFile().toString(), "--format", "json", dir.toString());
        assertEquals(0, clean.code(), clean.out() + clean.err());
        assertEquals(List.of(), resources(clean));
        assertEquals(2, clean.json().at("/summary/baselined").asInt());
        assertEquals(0, clean.json().at("/summary/findings").asInt());
        Run text = run("scan", "--baseline", baselineFile().toString(), dir.toString());
        assertTrue(text.out().contains("No findings.") && text.out().contains("2 baselined"), text.out());

        write("new.tf", logGroup("payments", 60));
        Run grown = run("scan", "--baseline", baselineFile().toString(), "--format", "json", dir.toString());
        assertEquals(1, grown.code(), grown.err());
        assertEquals(List.of("FG501 aws_cloudwatch_log_group.payments"), resources(grown));
        assertEquals(2, grown.json().at("/summary/baselined").asInt());
        assertTrue(grown.err().contains("1 findings, 0 suppressed, 2 baselined"), grown.err());
    }

    /** A log group in a module that a {@code for_each} call in dev and a plain call in prod instantiate. */
    private void writeModuleCalledFromTwoRoots(String devKeys) throws IOException {
        write("modules/logs/main.tf", "variable \"name\" {}\n\n" + logGroup("this", 90).replace("\"/shop/prod/this\"",
                "\"/shop/prod/${var.name}\""));
        write("dev/providers.tf", PROVIDER);
        write("dev/main.tf", "module \"logs\" {\n  source   = \"../modules/logs\"\n  for_each = toset([" + devKeys
                + "])\n  name     = each.key\n}\n");
        write("prod/providers.tf", PROVIDER);
        write("prod/main.tf", "module \"logs\" {\n  source = \"../modules/logs\"\n  name   = \"c\"\n}\n");
    }

    @Test
    void aFindingWithSeveralInstancesIsBaselinedPerInstance() throws IOException {
        writeModuleCalledFromTwoRoots("\"a\", \"b\"");
        Run scan = run("scan", "--format", "json", dir.toString());
        assertEquals(1, scan.json().at("/summary/findings").asInt(), scan.out());
        assertEquals(3, scan.json().at("/summary/instances").asInt(), scan.out());
        JsonNode instances = scan.json().at("/findings/0/instances");
        assertEquals(List.of("module.logs.aws_cloudwatch_log_group.this prod prod/main.tf:1",
                        "module.logs[\"a\"].aws_cloudwatch_log_group.this dev dev/main.tf:1",
                        "module.logs[\"b\"].aws_cloudwatch_log_group.this dev dev/main.tf:1"),
                List.of(instance(instances.get(0)), instance(instances.get(1)), instance(instances.get(2))));

        Run create = run("baseline", "create", dir.toString());
        assertTrue(create.err().contains("wrote 3 instances of 1 findings to"), create.err());
        Run clean = run("scan", "--baseline", baselineFile().toString(), "--format", "json", dir.toString());
        assertEquals(0, clean.code(), clean.out());
        assertEquals(3, clean.json().at("/summary/baselined").asInt());

        writeModuleCalledFromTwoRoots("\"a\", \"b\", \"d\"");
        Run grown = run("scan", "--baseline", baselineFile().toString(), "--format", "json", dir.toString());
        assertEquals(1, grown.code(), grown.out());
        assertEquals(1, grown.json().at("/summary/instances").asInt(), "only the new instance is reported");
        assertEquals("module.logs[\"d\"].aws_cloudwatch_log_group.this",
                grown.json().at("/findings/0/instances/0/address").asText());
        assertEquals(scan.json().at("/findings/0/fingerprint"), grown.json().at("/findings/0/fingerprint"),
                "the place keeps its fingerprint whatever instances it has");
    }

    private static String instance(JsonNode i) {
        return i.get("address").asText() + " " + i.get("root").asText() + " " + i.at("/via/0/file").asText() + ":"
                + i.at("/via/0/line").asInt();
    }

    @Test
    void movedLinesAndAChangedValueStayBaselined() throws IOException {
        write("providers.tf", PROVIDER);
        write("main.tf", logGroup("app", 90) + "\n" + logGroup("audit", 365));
        assertEquals(0, run("baseline", "create", dir.toString()).code());
        // blocks reordered, moved down and into another file, and app's value changed but still too long
        write("main.tf", "# log groups of the shop\n\n\n" + logGroup("app", 60));
        write("audit.tf", logGroup("audit", 365));
        Run r = run("scan", "--baseline", baselineFile().toString(), "--format", "json", dir.toString());
        assertEquals(0, r.code(), r.out());
        assertEquals(2, r.json().at("/summary/baselined").asInt());
        Run without = run("scan", "--format", "json", dir.toString());
        assertEquals(2, without.json().at("/summary/findings").asInt(), "without --baseline both are reported");
    }

    @Test
    void outputConfigAndVariablesAreTakenLikeScan() throws IOException {
        write("providers.tf", PROVIDER);
        write("main.tf", "variable \"days\" {}\n" + logGroup("app", 90).replace("= 90", "= var.days")
                + logGroup("bucketless", 30) + "resource \"aws_s3_bucket\" \"b\" {}\n");
        write("cfg/finguard.yml", "rules:\n  FG401: {enabled: false}\n");
        Path out = dir.resolve("out/base.json");
        Run r = run("baseline", "create", "--output", out.toString(), "--config", dir.resolve("cfg/finguard.yml")
                .toString(), "--var", "days=400", dir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode entries = new ObjectMapper().readTree(out.toFile()).get("entries");
        assertEquals(1, entries.size(), entries.toString());
        assertEquals("FG501", entries.get(0).get("ruleId").asText(), "FG401 was disabled by the config");
        assertTrue(Files.notExists(baselineFile()), "--output replaces the default file");
    }

    @Test
    void aFileThatCannotBeParsedIsNotBaselinedAndFailsTheRun() throws IOException {
        write("providers.tf", PROVIDER);
        write("main.tf", logGroup("app", 90));
        write("broken.tf", "resource \"aws_cloudwatch_log_group\" \"x\" {\n  name = \n");
        Run r = run("baseline", "create", dir.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("broken.tf:") && r.err().contains("not checked"), r.err());
        assertTrue(Files.exists(baselineFile()), "what could be checked is still recorded");
    }

    @Test
    void aMissingOrBrokenBaselineExitsTwoNamingFileAndProblem() throws IOException {
        write("main.tf", logGroup("app", 90));
        Path missing = dir.resolve("nope.json");
        Run r = run("scan", "--baseline", missing.toString(), dir.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains(missing + ": no such file"), r.err());

        write("broken.json", "{\n  \"schemaVersion\": 1,\n  \"entries\": [\n    {\"fingerprint\": \"ab\",}\n  ]\n}\n");
        Run broken = run("scan", "--baseline", dir.resolve("broken.json").toString(), dir.toString());
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains("broken.json:4: not valid JSON"), broken.err());
    }

    @Test
    void baselineAloneIsAUsageError() {
        Run r = run("baseline");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Missing required subcommand") && r.err().contains("baseline --help"),
                r.err());
    }
}
