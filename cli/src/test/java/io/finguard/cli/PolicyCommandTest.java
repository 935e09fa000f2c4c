package io.finguard.cli;

import static io.finguard.cli.ScanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.finguard.cli.ScanCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code finguard policy eval|test}, {@code scan --policy} and {@code inspect --format rego-input} as a user runs
 * them, over the bundled fixtures ({@code fixtures/policies}, {@code fixtures/demo}, {@code fixtures/plans}).
 */
class PolicyCommandTest {
    private static final Path FIXTURES = Path.of("../fixtures").toAbsolutePath().normalize();
    private static final String POLICIES = FIXTURES.resolve("policies").toString();

    @TempDir
    Path dir;

    private Path write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void evalPrintsOpasResultShape() throws IOException {
        write("p/policy.rego", "package main\n\nnames contains n if some n in input.names\n");
        Path input = write("input.json", "{\"names\": [\"b\", \"a\", \"b\"]}");
        Run r = run("policy", "eval", "-d", dir.resolve("p").toString(), "-i", input.toString(),
                "x := data.main.names");
        assertEquals(0, r.code(), r.err());
        JsonNode result = r.json().get("result").get(0);
        assertEquals("[\"a\",\"b\"]", result.get("bindings").get("x").toString(), "a set prints sorted");
        assertEquals("x := data.main.names", result.get("expressions").get(0).get("text").asText());
        assertEquals(true, result.get("expressions").get(0).get("value").asBoolean());
    }

    @Test
    void evalOfAnUndefinedQueryPrintsAnEmptyObjectAndFailsOnlyWithFail() throws IOException {
        write("p/policy.rego", "package main\n\np if input.missing\n");
        Run r = run("policy", "eval", "-d", dir.resolve("p").toString(), "data.main.p");
        assertEquals(0, r.code(), r.err());
        assertEquals("{}", r.out().strip());
        assertEquals(1, run("policy", "eval", "--fail", "-d", dir.resolve("p").toString(), "data.main.p").code());
    }

    @Test
    void aPolicyThatDoesNotParseFailsWithFileAndLine() throws IOException {
        Path bad = write("p/bad.rego", "package main\n\ndeny contains msg if {\n  msg := \n}\n");
        Run r = run("policy", "eval", "-d", dir.resolve("p").toString(), "data.main.deny");
        assertEquals(1, r.code());
        assertTrue(r.err().contains(bad + ":5"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void httpSendIsRefusedAtLoadWithFileAndLine() throws IOException {
        Path p = write("p/net.rego", "package main\n\nbody := http.send({\"url\": \"https://x\"}).body\n");
        Run r = run("scan", dir.toString(), "--policy", dir.resolve("p").toString());
        assertEquals(2, r.code(), "a policy that cannot load is a configuration error");
        assertTrue(r.err().contains(p + ":3") && r.err().contains("http.send is not allowed"), r.err());
    }

    @Test
    void testRunsTheFixturePoliciesTests() {
        Run r = run("policy", "test", POLICIES);
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("PASS: 5/5", r.out().strip());
    }

    @Test
    void aFailingTestExitsOne() throws IOException {
        write("t/t.rego", "package t\n\ntest_ok if 1 == 1\n\ntest_broken if 1 == 2\n");
        Run r = run("policy", "test", dir.resolve("t").toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("data.t.test_broken: FAIL"), r.out());
        assertTrue(r.out().contains("PASS: 1/2"), r.out());
    }

    @Test
    void scanWithTheFixturePoliciesFindsTheUntaggedRoleInTheDemo() throws IOException {
        Run r = run("scan", FIXTURES.resolve("demo").toString(), "--policy", POLICIES, "--rule", "POL001",
                "--format", "json");
        assertEquals(1, r.code(), r.err());
        JsonNode f = r.json().get("findings").get(0);
        assertEquals("POL001", f.get("ruleId").asText());
        assertEquals("aws_iam_role.replication", f.get("resource").asText());
        // paths are relative to the git repository of the scan (decision 073)
        assertEquals("fixtures/demo/main.tf", f.get("file").asText());
    }

    @Test
    void scanOfAPlanWithThePlanNamespaceRefusesTheBucketDeletion() throws IOException {
        Run r = run("scan", "--plan", FIXTURES.resolve("plans/with-deletes.json").toString(), "--policy", POLICIES,
                "--namespace", "plan", "--format", "json");
        assertEquals(1, r.code(), r.err());
        JsonNode findings = r.json().get("findings");
        assertTrue(findings.toString().contains("aws_s3_bucket.legacy_exports would be deleted"), findings.toString());
    }

    @Test
    void aV0PolicyNeedsRegoVersionV0() throws IOException {
        write("main.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n");
        write("p/v0.rego", "package main\n\ndeny[msg] {\n  input.resource.aws_s3_bucket[name]\n"
                + "  msg := sprintf(\"bucket %s\", [name])\n}\n");
        Run v0 = run("scan", dir.toString(), "--policy", dir.resolve("p").toString(), "--rego-version", "v0",
                "--format", "json");
        assertEquals(1, v0.code(), v0.err());
        assertTrue(v0.out().contains("bucket b"), v0.out());
        Run v1 = run("scan", dir.toString(), "--policy", dir.resolve("p").toString());
        assertEquals(2, v1.code());
        assertTrue(v1.err().contains("v0.rego:3"), v1.err());
        assertEquals(2, run("scan", dir.toString(), "--rego-version", "v3").code());
    }

    @Test
    void inspectRegoInputPrintsConftestsShape() throws IOException {
        write("main.tf", """
                variable "owner" {}
                resource "aws_s3_bucket" "logs" {
                  bucket = "logs"
                  tags = { Owner = var.owner }
                }
                """);
        Run r = run("inspect", dir.toString(), "--format", "rego-input");
        assertEquals(0, r.code(), r.err());
        JsonNode bucket = r.json().get("resource").get("aws_s3_bucket").get("logs").get(0);
        assertEquals("logs", bucket.get("bucket").asText());
        assertEquals("${var.owner}", bucket.get("tags").get("Owner").asText());
    }
}
