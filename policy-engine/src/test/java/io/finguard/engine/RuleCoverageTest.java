package io.finguard.engine;

import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.terraform.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which resources count as checked by a rule: what JUnit reports list as test cases, passing or not. */
class RuleCoverageTest {

    /**
     * FG951 declares autoscaling groups and asks for launch templates too (to read their instance types, as FG201
     * does): it reports groups named {@code bad*} and cannot verify those named {@code unknown*}.
     */
    private static final Rule CAPS = new Rule() {
        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata("FG951", "caps", Severity.HIGH, "Caps.", Set.of("aws_autoscaling_group"),
                    List.of(), null, null);
        }

        @Override
        public void check(RuleContext context) {
            context.resources("aws_launch_template");
            for (Resource r : context.resources("aws_autoscaling_group")) {
                if (r.name().startsWith("bad")) {
                    context.report(r, "too big");
                } else if (r.name().startsWith("unknown")) {
                    context.unverified(r, "unknown max_size");
                }
            }
        }
    };

    /** FG952 walks the model itself instead of asking for resources, and reports the first bucket. */
    private static final Rule WALKER = new Rule() {
        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata("FG952", "walker", Severity.LOW, "Walks.", Set.of(), List.of(), null, null);
        }

        @Override
        public void check(RuleContext context) {
            context.model().resources().stream().filter(r -> r.type().equals("aws_s3_bucket")).findFirst()
                    .ifPresent(r -> context.report(r, "first bucket"));
        }
    };

    private final Path tmp;
    private final Workspace ws;
    private final ScanService service;

    RuleCoverageTest(@TempDir Path tmp) {
        this.tmp = tmp;
        this.ws = new Workspace(tmp);
        this.service = new ScanService(new RuleRegistry(List.of(WALKER, CAPS)), Workspace.CLOCK);
    }

    private static List<String> checked(RuleCoverage coverage) {
        return coverage.resources().stream().map(r -> r.resource() + " @ " + r.file() + ":" + r.line()
                + (r.unverified() == null ? "" : " (" + r.unverified() + ")")).toList();
    }

    @Test
    void aRuleChecksTheResourcesItAskedForWithinItsDeclaredTypes() throws Exception {
        ws.write("main.tf", """
                resource "aws_launch_template" "lt" {}
                resource "aws_autoscaling_group" "ok" {}
                resource "aws_autoscaling_group" "bad" {}
                resource "aws_autoscaling_group" "unknown" {}
                resource "aws_autoscaling_group" "none" {
                  count = 0
                }
                data "aws_autoscaling_group" "existing" {}
                resource "aws_s3_bucket" "b" {}
                """);
        ScanResult result = service.scan(ScanRequest.builder().path(tmp).build());
        assertEquals(List.of("FG951", "FG952"), result.coverage().stream().map(RuleCoverage::ruleId).toList());
        // the launch template was only read; the count = 0 group creates nothing; the data source is not managed
        assertEquals(List.of("aws_autoscaling_group.ok @ main.tf:2", "aws_autoscaling_group.bad @ main.tf:3",
                "aws_autoscaling_group.unknown @ main.tf:4 (unknown max_size)"), checked(result.coverage().get(0)));
        // a rule that reports without asking still checked what it reported on
        assertEquals(List.of("aws_s3_bucket.b @ main.tf:9"), checked(result.coverage().get(1)));
    }

    @Test
    void rulesThatDidNotRunHaveNoCoverageAndNamedFilesNarrowIt() throws Exception {
        ws.write("a.tf", "resource \"aws_autoscaling_group\" \"bad_a\" {}\n");
        Path b = ws.write("b.tf", "resource \"aws_autoscaling_group\" \"ok_b\" {}\n");
        ScanResult result = service.scan(ScanRequest.builder().path(b).root(tmp).onlyRules(Set.of("FG951")).build());
        assertEquals(1, result.coverage().size());
        assertEquals(List.of("aws_autoscaling_group.ok_b @ b.tf:1"), checked(result.coverage().get(0)));
    }

    @Test
    void eachRootModuleAddsItsOwnResources() throws Exception {
        ws.write("one/main.tf", "resource \"aws_autoscaling_group\" \"g\" {}\n");
        ws.write("two/main.tf", "resource \"aws_autoscaling_group\" \"g\" {}\n");
        ScanResult result = service.scan(ScanRequest.builder().path(tmp).onlyRules(Set.of("FG951")).build());
        assertEquals(List.of("aws_autoscaling_group.g @ one/main.tf:1", "aws_autoscaling_group.g @ two/main.tf:1"),
                checked(result.coverage().get(0)));
    }
}
