package io.finguard.engine;

import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.terraform.LoadError;
import io.finguard.terraform.Resource;
import io.finguard.testrules.EveryBucketRule;
import io.finguard.testrules.EveryResourceRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code # finguard:ignore} comments that hide nothing: listed per comment with the rule IDs that matched nothing, a
 * warning that fails the run only under {@code --strict}.
 */
class UnusedSuppressionsTest {

    /** FG953 cannot verify instances named {@code unknown*} and reports the other instances. */
    private static final Rule UNKNOWNS = new Rule() {
        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata("FG953", "unknowns", Severity.MEDIUM, "Unknowns.", Set.of("aws_instance"),
                    List.of(), null, null);
        }

        @Override
        public void check(RuleContext context) {
            for (Resource r : context.resources("aws_instance")) {
                if (r.name().startsWith("unknown")) {
                    context.unverified(r, "unknown instance_type");
                } else {
                    context.report(r, "instance");
                }
            }
        }
    };

    private final Workspace ws;

    UnusedSuppressionsTest(@TempDir Path tmp) {
        this.ws = new Workspace(tmp, List.of(new EveryBucketRule(), new EveryResourceRule(), UNKNOWNS));
    }

    private ScanResult scan(ScanRequest.Builder request) throws ScanSetupException {
        return ws.service.scan(request.build());
    }

    private static String describe(UnusedSuppression u) {
        return u.file() + ":" + u.line() + " " + u.ruleIds();
    }

    private static List<String> unused(ScanResult result) {
        return result.unusedSuppressions().stream().map(UnusedSuppressionsTest::describe).toList();
    }

    @Test
    void aCommentWhoseRuleReportsNothingThereIsListedAndOnlyWarns() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG901 reason="instances are not buckets"
                resource "aws_instance" "web" {}

                # finguard:ignore FG901 reason="archive"
                resource "aws_s3_bucket" "archive" {}
                """);
        ScanResult r = scan(ScanRequest.builder().path(ws.dir).onlyRules(Set.of("FG901")));
        assertEquals(List.of("main.tf:1 [FG901]"), unused(r));
        UnusedSuppression u = r.unusedSuppressions().get(0);
        assertEquals("instances are not buckets", u.reason());
        assertEquals("suppression of FG901 matches no finding; remove it from the comment", u.message());
        assertEquals(List.of(), r.findings());
        assertEquals(List.of(), r.errors(), "a warning, not an error");
        assertFalse(r.failed(), "only --strict fails on it");
    }

    @Test
    void underStrictItFailsTheRun() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG901 reason="gone"
                resource "aws_instance" "web" {}
                """);
        ScanResult r = scan(ScanRequest.builder().path(ws.dir).onlyRules(Set.of("FG901")).strict(true));
        assertEquals(List.of("main.tf:1 [FG901]"), unused(r));
        assertTrue(r.unusedSuppressions().get(0).fails());
        assertTrue(r.failed());
    }

    @Test
    void onlyTheIdsThatMatchedNothingAreListed() throws Exception {
        ws.write("main.tf", """
                // finguard:ignore FG901, FG902, FG953 reason="one of three still applies"
                resource "aws_s3_bucket" "a" {}
                """);
        ScanResult r = scan(ScanRequest.builder().path(ws.dir));
        assertEquals(List.of("main.tf:1 [FG953]"), unused(r));
        assertEquals(List.of("FG901", "FG902"), r.suppressed().stream().map(Finding::ruleId).sorted().toList());
    }

    @Test
    void rulesThatDidNotRunAreNotJudged() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG902 reason="not run in this scan"
                resource "aws_instance" "web" {}
                """);
        assertEquals(List.of(), unused(scan(ScanRequest.builder().path(ws.dir).onlyRules(Set.of("FG901")))));
        assertEquals(List.of(), unused(scan(ScanRequest.builder().path(ws.dir).skipRules(Set.of("FG902")))));
    }

    @Test
    void aResourceTheRuleCouldNotVerifyCountsAsMatched() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG953 reason="type comes from a data source"
                resource "aws_instance" "unknown_type" {}
                """);
        ScanResult r = scan(ScanRequest.builder().path(ws.dir).onlyRules(Set.of("FG953")));
        assertEquals(List.of("aws_instance.unknown_type"), r.unverified());
        assertEquals(List.of(), unused(r), "the comment may hide what the rule finds once the value is known");
    }

    @Test
    void aModuleCallCommentIsUsedWhenAnyResourceOfTheCallMatches() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG901 reason="vendored"
                module "storage" {
                  source = "./modules/storage"
                }
                # finguard:ignore FG901 reason="no bucket in there"
                module "compute" {
                  source = "./modules/compute"
                }
                """);
        ws.write("modules/storage/main.tf", """
                resource "aws_instance" "reader" {}
                resource "aws_s3_bucket" "data" {}
                """);
        ws.write("modules/compute/main.tf", "resource \"aws_instance\" \"worker\" {}\n");
        ScanResult r = scan(ScanRequest.builder().path(ws.dir).onlyRules(Set.of("FG901")));
        assertEquals(List.of("main.tf:5 [FG901]"), unused(r));
    }

    @Test
    void aCommentInAModuleUsedTwiceIsUsedWhenOneInstanceMatches() throws Exception {
        ws.write("main.tf", """
                module "a" {
                  source = "./mod"
                }
                module "b" {
                  source = "./mod"
                }
                """);
        ws.write("mod/main.tf", """
                # finguard:ignore FG901 reason="shared"
                resource "aws_s3_bucket" "x" {}
                # finguard:ignore FG901 reason="stale"
                resource "aws_instance" "y" {}
                """);
        ScanResult r = scan(ScanRequest.builder().path(ws.dir).onlyRules(Set.of("FG901")));
        assertEquals(List.of("mod/main.tf:3 [FG901]"), unused(r), "listed once, not once per instance");
    }

    @Test
    void aCommentDetachedFromEveryBlockIsUnused() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG901 reason="a blank line detaches it"

                resource "aws_s3_bucket" "a" {}
                """);
        ScanResult r = scan(ScanRequest.builder().path(ws.dir).onlyRules(Set.of("FG901")));
        assertEquals(List.of("main.tf:1 [FG901]"), unused(r));
        assertEquals(1, r.findings().size());
    }

    @Test
    void commentsThatDoNotApplyAreErrorsAndNotAlsoUnused() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG901 reason="expired" until=2026-01-31
                resource "aws_instance" "a" {}
                # finguard:ignore FG901
                resource "aws_instance" "b" {}
                # finguard:ignore FG999 reason="unknown rule"
                resource "aws_instance" "c" {}
                """);
        ScanResult r = scan(ScanRequest.builder().path(ws.dir).onlyRules(Set.of("FG901")));
        assertEquals(List.of(), unused(r));
        assertEquals(List.of(1, 3, 5), r.errors().stream().map(LoadError::line).toList());
    }

    @Test
    void aScanOfNamedFilesListsOnlyTheirComments() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG901 reason="stale, but not in the named file"
                resource "aws_instance" "a" {}
                """);
        Path named = ws.write("other.tf", """
                # finguard:ignore FG901 reason="stale, in the named file"
                resource "aws_instance" "b" {}
                """);
        ScanResult r = scan(ScanRequest.builder().path(named).root(ws.dir).onlyRules(Set.of("FG901")));
        assertEquals(List.of("other.tf:1 [FG901]"), unused(r));
    }
}
