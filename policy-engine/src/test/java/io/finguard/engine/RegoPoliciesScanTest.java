package io.finguard.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finguard.api.Severity;
import io.finguard.engine.rego.PolicySource;
import io.finguard.rego.RegoVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rego policies in a scan: conftest conventions, findings at their blocks, suppressions, baselines, plan mode. */
class RegoPoliciesScanTest {

    private static final String TERRAFORM = """
            resource "aws_s3_bucket" "logs" {
              bucket = "acme-logs"
              tags = {
                CostCenter = "42"
              }
            }

            # finguard:ignore TAG001 reason="archived, deleted next quarter"
            resource "aws_s3_bucket" "archive" {
              bucket = "acme-archive"
            }

            resource "aws_instance" "web" {
              instance_type = var.size
            }

            variable "size" {
              type = string
            }
            """;

    private static final String TAGS_V1 = """
            package main

            # METADATA
            # title: Cost tags
            # description: Buckets and instances carry a CostCenter tag.
            # custom:
            #   id: TAG001
            #   severity: medium
            deny contains {"msg": msg, "resource": sprintf("%s.%s", [type, name])} if {
              some type in ["aws_s3_bucket", "aws_instance"]
              some name, blocks in input.resource[type]
              some block in blocks
              not block.tags.CostCenter
              msg := sprintf("%s.%s has no CostCenter tag", [type, name])
            }

            warn contains "the configuration declares no provider" if not input.provider
            """;

    private static final String SIZE_V0 = """
            package main

            violation[msg] {
              size := input.resource.aws_instance[name][_].instance_type
              not startswith(size, "t3.")
              msg := sprintf("aws_instance.%s: %s is not a t3 size", [name, size])
            }
            """;

    private final Path tmp;
    private final Workspace ws;

    RegoPoliciesScanTest(@TempDir Path tmp) {
        this.tmp = tmp;
        this.ws = new Workspace(tmp, List.of());
    }

    private ScanResult scan(ScanRequest.Builder b, PolicySource... policies) throws ScanSetupException {
        return ws.scan(b.path(tmp).policies(List.of(policies)));
    }

    private PolicySource policy(String dir, RegoVersion version) {
        return new PolicySource(tmp.resolve(dir), version, List.of(), false);
    }

    @Test
    void denyAndWarnResultsAreFindingsAtTheirBlocksWithMetadataIdAndSeverity() throws Exception {
        ws.write("main.tf", TERRAFORM);
        ws.write("policy/tags.rego", TAGS_V1);
        ScanResult r = scan(ScanRequest.builder(), policy("policy", RegoVersion.V1));

        Finding web = r.findings().stream().filter(f -> f.ruleId().equals("TAG001")).findFirst().orElseThrow();
        assertEquals("aws_instance.web", web.resource());
        assertEquals("main.tf", web.file());
        assertEquals(13, web.line(), "the block of the resource the result names");
        assertEquals(Severity.MEDIUM, web.severity());
        assertEquals("aws_instance.web has no CostCenter tag", web.message());

        Finding warn = r.findings().stream().filter(f -> f.ruleId().equals("main.warn")).findFirst().orElseThrow();
        assertEquals(Severity.LOW, warn.severity(), "warn rules are warnings");
        assertEquals("main.tf", warn.file(), "a result without a resource points at the first file of the root");
        assertEquals(1, warn.line());
    }

    @Test
    void aFindingIsSuppressedByAFinguardIgnoreCommentAboveItsBlock() throws Exception {
        ws.write("main.tf", TERRAFORM);
        ws.write("policy/tags.rego", TAGS_V1);
        ScanResult r = scan(ScanRequest.builder().onlyRules(Set.of("TAG001")), policy("policy", RegoVersion.V1));
        assertEquals(List.of("aws_instance.web"), r.findings().stream().map(Finding::resource).toList());
        assertEquals(List.of("aws_s3_bucket.archive"), r.suppressed().stream().map(Finding::resource).toList());
        assertEquals("archived, deleted next quarter", r.suppressed().get(0).suppression().reason());
    }

    @Test
    void aBaselinedPolicyFindingNoLongerFailsTheRun() throws Exception {
        ws.write("main.tf", TERRAFORM);
        ws.write("policy/tags.rego", TAGS_V1);
        ScanResult before = scan(ScanRequest.builder().onlyRules(Set.of("TAG001")), policy("policy", RegoVersion.V1));
        Path baseline = tmp.resolve(Baseline.DEFAULT_FILE);
        Files.writeString(baseline, BaselineFile.format(Baseline.of(before.findings(), "test",
                Instant.parse("2026-03-01T12:00:00Z"), ReportBase.of(tmp))));

        ScanResult after = scan(ScanRequest.builder().onlyRules(Set.of("TAG001")).baseline(baseline),
                policy("policy", RegoVersion.V1));
        assertEquals(List.of(), after.findings());
        assertEquals(1, after.baselined());
    }

    @Test
    void aV0ConftestPolicyRunsUnderV0AndIsRefusedUnderV1() throws Exception {
        ws.write("main.tf", TERRAFORM.replace("var.size", "\"m5.large\""));
        ws.write("legacy/size.rego", SIZE_V0);
        ScanResult r = scan(ScanRequest.builder(), policy("legacy", RegoVersion.V0));
        assertEquals(List.of("main.violation"), r.findings().stream().map(Finding::ruleId).toList());
        assertEquals("aws_instance.web: m5.large is not a t3 size", r.findings().get(0).message());

        ConfigException e = assertThrows(ConfigException.class,
                () -> scan(ScanRequest.builder(), policy("legacy", RegoVersion.V1)));
        assertTrue(e.getMessage().contains("size.rego:3"), e.getMessage());
    }

    @Test
    void aPolicyCallingHttpSendIsRefusedAtLoadWithItsFileAndLine() throws Exception {
        ws.write("main.tf", TERRAFORM);
        ws.write("policy/net.rego", """
                package main

                deny contains msg if {
                  msg := http.send({"method": "get", "url": "https://example.com"}).body
                }
                """);
        ConfigException e = assertThrows(ConfigException.class,
                () -> scan(ScanRequest.builder(), policy("policy", RegoVersion.V1)));
        assertTrue(e.getMessage().contains("net.rego:4"), e.getMessage());
        assertTrue(e.getMessage().contains("http.send is not allowed"), e.getMessage());
    }

    @Test
    void unknownValuesReachThePolicyAsTheirSourceText() throws Exception {
        ws.write("main.tf", TERRAFORM);
        ws.write("policy/size.rego", """
                package main

                deny contains msg if {
                  size := input.resource.aws_instance.web[0].instance_type
                  msg := sprintf("size is %s", [size])
                }
                """);
        ScanResult r = scan(ScanRequest.builder(), policy("policy", RegoVersion.V1));
        assertEquals(List.of("size is ${var.size}"), r.findings().stream().map(Finding::message).toList());
    }

    @Test
    void inPlanModeThePolicySeesThePlanJson() throws Exception {
        Path plan = ws.write("plan.json", """
                {"format_version": "1.2", "resource_changes": [
                  {"address": "aws_s3_bucket.logs", "mode": "managed", "type": "aws_s3_bucket", "name": "logs",
                   "change": {"actions": ["delete"], "before": {"bucket": "acme-logs"}, "after": null}}
                ], "planned_values": {"root_module": {}}}
                """);
        ws.write("policy/plan.rego", """
                package main

                deny contains {"msg": sprintf("%s would be deleted", [rc.address]), "resource": rc.address} if {
                  some rc in input.resource_changes
                  "delete" in rc.change.actions
                }
                """);
        ScanResult r = ws.scan(ScanRequest.builder().plan(plan)
                .policies(List.of(policy("policy", RegoVersion.V1))));
        assertEquals(List.of("aws_s3_bucket.logs would be deleted"),
                r.findings().stream().map(Finding::message).toList());
    }

    @Test
    void policiesComeFromFinguardYmlToo() throws Exception {
        ws.write("main.tf", TERRAFORM);
        ws.write("policy/tags.rego", TAGS_V1);
        ws.write("finguard.yml", """
                policies:
                  - path: policy
                rules:
                  TAG001:
                    severity: critical
                """);
        ScanResult r = ws.scan();
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("TAG001")
                && f.severity() == Severity.CRITICAL), r.findings().toString());
    }

    @Test
    void aResultMaySetItsOwnSeverityUnlessTheConfigSetsTheRules() throws Exception {
        ws.write("main.tf", TERRAFORM);
        ws.write("policy/sev.rego", """
                package main

                deny contains {"msg": sprintf("%s found", [name]), "resource": sprintf("aws_s3_bucket.%s", [name]),
                               "severity": severity_of(name)} if {
                  some name, _ in input.resource.aws_s3_bucket
                }

                severity_of(name) := "critical" if name == "logs"
                else := "low"
                """);
        ScanResult r = scan(ScanRequest.builder(), policy("policy", RegoVersion.V1));
        assertEquals(List.of("aws_s3_bucket.archive LOW", "aws_s3_bucket.logs CRITICAL"),
                java.util.stream.Stream.concat(r.findings().stream(), r.suppressed().stream())
                        .map(f -> f.resource() + " " + f.severity()).sorted().toList());

        ws.write("finguard.yml", "rules:\n  main.deny: {severity: medium}\n");
        ScanResult configured = scan(ScanRequest.builder(), policy("policy", RegoVersion.V1));
        assertTrue(configured.findings().stream().allMatch(f -> f.severity() == Severity.MEDIUM),
                configured.findings().toString());
    }
}
