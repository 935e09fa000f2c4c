package io.finguard.engine;

import io.finguard.terraform.LoadError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code # finguard:ignore} comments as they appear in real files, applied by a whole scan. */
class SuppressionsTest {

    private final Path tmp;
    private final Workspace ws;

    SuppressionsTest(@TempDir Path tmp) {
        this.tmp = tmp;
        this.ws = new Workspace(tmp);
    }

    /** "FG901 resource" for each reported finding, in report order. */
    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.resource()).toList();
    }

    private ScanResult scanOnlyFg901() throws ScanSetupException {
        return ws.scan(ScanRequest.builder().path(ws.dir).onlyRules(Set.of("FG901")));
    }

    @Test
    void commentDirectlyAboveSuppressesThatRuleForThatResource() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG901 reason="archive bucket, reviewed by FinOps" until=2027-06-30
                resource "aws_s3_bucket" "archive" {
                  bucket = "archive"
                }

                resource "aws_s3_bucket" "logs" {
                  bucket = "logs"
                }
                """);
        ScanResult r = ws.scan();
        assertEquals(List.of("FG902 aws_s3_bucket.archive", "FG901 aws_s3_bucket.logs", "FG902 aws_s3_bucket.logs"),
                ids(r.findings()), "FG902 is not named, so it still reports the archive bucket");
        assertEquals(List.of("FG901 aws_s3_bucket.archive"), ids(r.suppressed()));
        Finding.Suppression s = r.suppressed().get(0).suppression();
        assertEquals(new Finding.Suppression("archive bucket, reviewed by FinOps", "2027-06-30", "main.tf", 1), s);
        assertEquals(List.of(), r.errors());
    }

    @Test
    void commentAmongOtherCommentLinesAboveCounts() throws Exception {
        ws.write("main.tf", """
                // Bucket for the data team's exports.
                // finguard:ignore FG901 reason="exports are deleted by the consumer"
                # Owned by data-platform.
                resource "aws_s3_bucket" "exports" {}
                """);
        ScanResult r = scanOnlyFg901();
        assertEquals(List.of(), r.findings());
        assertEquals("exports are deleted by the consumer", r.suppressed().get(0).suppression().reason());
        assertEquals(2, r.suppressed().get(0).suppression().line());
    }

    @Test
    void blankLineOrCodeBetweenCommentAndBlockDetachesIt() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG901 reason="about something else"

                resource "aws_s3_bucket" "a" {}
                # finguard:ignore FG901 reason="belongs to b only"
                resource "aws_s3_bucket" "b" {}
                resource "aws_s3_bucket" "c" {}
                """);
        ScanResult r = scanOnlyFg901();
        assertEquals(List.of("FG901 aws_s3_bucket.a", "FG901 aws_s3_bucket.c"), ids(r.findings()));
        assertEquals(List.of("FG901 aws_s3_bucket.b"), ids(r.suppressed()));
    }

    @Test
    void commentAnywhereInsideTheBlockCounts() throws Exception {
        ws.write("main.tf", """
                resource "aws_s3_bucket" "header" { # finguard:ignore FG901 reason="on the header line"
                  bucket = "a"
                }
                resource "aws_s3_bucket" "nested" {
                  bucket = "b"
                  versioning {
                    enabled = true # finguard:ignore FG901 reason="deep inside"
                  }
                }
                resource "aws_s3_bucket" "last" {
                  bucket = "c"
                  # finguard:ignore FG901 reason="just before the closing brace"
                }
                """);
        ScanResult r = scanOnlyFg901();
        assertEquals(List.of(), r.findings());
        assertEquals(List.of(1, 7, 12), r.suppressed().stream().map(f -> f.suppression().line()).toList());
    }

    @Test
    void commentAboveModuleBlockCoversEveryResourceTheCallCreatesAtAnyDepth() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG901,FG902 reason="vendored module, tracked in FIN-12"
                module "storage" {
                  source = "./modules/storage"
                }
                module "other" {
                  source = "./modules/storage"
                }
                resource "aws_s3_bucket" "root" {}
                """);
        ws.write("modules/storage/main.tf", """
                resource "aws_s3_bucket" "data" {}
                module "inner" {
                  source = "../inner"
                }
                """);
        ws.write("modules/inner/main.tf", """
                resource "aws_instance" "worker" {}
                """);
        ScanResult r = ws.scan();
        assertEquals(Set.of("FG901 aws_s3_bucket.root", "FG902 aws_s3_bucket.root",
                        "FG901 module.other.aws_s3_bucket.data", "FG902 module.other.aws_s3_bucket.data",
                        "FG902 module.other.module.inner.aws_instance.worker"), Set.copyOf(ids(r.findings())));
        assertEquals(Set.of("FG901 module.storage.aws_s3_bucket.data", "FG902 module.storage.aws_s3_bucket.data",
                        "FG902 module.storage.module.inner.aws_instance.worker"), Set.copyOf(ids(r.suppressed())));
        for (Finding f : r.suppressed()) {
            assertEquals("main.tf", f.suppression().file(), "the comment is in the caller's file");
        }
    }

    @Test
    void aCommentInOneRootLeavesTheSameAddressInAnotherRootReported() throws Exception {
        // envs/dev sorts before envs/prod: the comment's root is the first with that address, and the other one,
        // the second, must not borrow it (nor the other way round, below)
        ws.write("envs/dev/main.tf", """
                # finguard:ignore FG901 reason="dev buckets are throwaway"
                resource "aws_s3_bucket" "logs" {}
                module "app" {
                  source = "../../modules/app"
                }
                """);
        ws.write("envs/prod/main.tf", """
                resource "aws_s3_bucket" "logs" {}
                # finguard:ignore FG901 reason="the app's bucket in prod is archived by FinOps"
                module "app" {
                  source = "../../modules/app"
                }
                """);
        ws.write("modules/app/main.tf", "resource \"aws_s3_bucket\" \"data\" {}\n");
        ScanResult r = scanOnlyFg901();
        assertEquals(List.of("envs/prod/main.tf FG901 aws_s3_bucket.logs",
                "modules/app/main.tf FG901 module.app.aws_s3_bucket.data"), placed(r.findings()));
        assertEquals(List.of("envs/dev/main.tf FG901 aws_s3_bucket.logs",
                "modules/app/main.tf FG901 module.app.aws_s3_bucket.data"), placed(r.suppressed()));
        Finding data = r.findings().stream().filter(f -> f.resource().startsWith("module.app.")).findFirst()
                .orElseThrow();
        assertEquals(List.of("envs/dev"), data.instances().stream().map(FindingInstance::root).toList(),
                "the app's data bucket is reported for dev only");
        assertEquals(List.of("envs/dev/main.tf", "envs/prod/main.tf"),
                r.suppressed().stream().map(f -> f.suppression().file()).sorted().toList());
        assertEquals(List.of(), r.unusedSuppressions());
    }

    private static List<String> placed(List<Finding> findings) {
        return findings.stream().map(f -> f.file() + " " + f.ruleId() + " " + f.resource()).sorted().toList();
    }

    @Test
    void commentInsideANestedModuleCallCoversOnlyThatCall() throws Exception {
        ws.write("main.tf", """
                module "app" {
                  source = "./modules/app"
                }
                """);
        ws.write("modules/app/main.tf", """
                module "cache" {
                  # finguard:ignore FG902 reason="cache nodes are covered by a savings plan"
                  source = "../cache"
                }
                resource "aws_instance" "web" {}
                """);
        ws.write("modules/cache/main.tf", "resource \"aws_instance\" \"node\" {}\n");
        ScanResult r = ws.scan();
        assertEquals(List.of("FG902 module.app.aws_instance.web"), ids(r.findings()));
        assertEquals(List.of("FG902 module.app.module.cache.aws_instance.node"), ids(r.suppressed()));
    }

    @Test
    void severalIdsAndBothCommentStylesWork() throws Exception {
        ws.write("main.tf", """
                // finguard:ignore FG901, FG902 reason="both, with a space after the comma"
                resource "aws_s3_bucket" "a" {}
                #finguard:ignore fg902 reason=short-reason
                resource "aws_s3_bucket" "b" {}
                """);
        ScanResult r = ws.scan();
        assertEquals(List.of("FG901 aws_s3_bucket.b"), ids(r.findings()));
        assertEquals(Set.of("FG901 aws_s3_bucket.a", "FG902 aws_s3_bucket.a", "FG902 aws_s3_bucket.b"),
                Set.copyOf(ids(r.suppressed())));
        assertEquals(List.of(), r.errors());
    }

    @Test
    void anotherRulesIdDoesNotSuppress() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG902 reason="only the other rule"
                resource "aws_s3_bucket" "a" {}
                """);
        ScanResult r = scanOnlyFg901();
        assertEquals(List.of("FG901 aws_s3_bucket.a"), ids(r.findings()));
        assertEquals(List.of(), r.suppressed());
    }

    @Test
    void withoutReasonItDoesNotApplyAndIsReported() throws Exception {
        ws.write("main.tf", """
                resource "aws_s3_bucket" "a" {}

                # finguard:ignore FG901
                resource "aws_s3_bucket" "b" {}
                # finguard:ignore FG901 reason="   "
                resource "aws_s3_bucket" "c" {}
                """);
        ScanResult r = scanOnlyFg901();
        assertEquals(3, r.findings().size());
        assertEquals(List.of(), r.suppressed());
        assertEquals(List.of(new LoadError("main.tf", 3, "suppression without reason; it applies only with "
                        + "reason=\"…\""),
                new LoadError("main.tf", 5, "suppression without reason; it applies only with reason=\"…\"")),
                r.errors());
        assertTrue(r.failed());
    }

    @Test
    void expiredOneNoLongerAppliesAndIsReportedWhileOneEndingTodayStillApplies() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG901 reason="migration window" until=2026-01-31
                resource "aws_s3_bucket" "expired" {}
                # finguard:ignore FG901 reason="ends today" until=%s
                resource "aws_s3_bucket" "today" {}
                """.formatted(Workspace.TODAY));
        ScanResult r = scanOnlyFg901();
        assertEquals(List.of("FG901 aws_s3_bucket.expired"), ids(r.findings()));
        assertEquals(List.of("FG901 aws_s3_bucket.today"), ids(r.suppressed()));
        assertEquals(List.of(new LoadError("main.tf", 1, "suppression of FG901 expired on 2026-01-31")), r.errors());
    }

    @Test
    void malformedOnesAreReportedAndDoNotApply() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG901 reason="bad date" until=2026-02-30
                resource "aws_s3_bucket" "a" {}
                # finguard:ignore FG901 reason="unterminated
                resource "aws_s3_bucket" "b" {}
                # finguard:ignore reason="no rule named"
                resource "aws_s3_bucket" "c" {}
                # finguard:ingore FG901 reason="typo in the directive"
                resource "aws_s3_bucket" "d" {}
                # finguard:ignore FG901 reason="x" owner=me
                resource "aws_s3_bucket" "e" {}
                """);
        ScanResult r = scanOnlyFg901();
        assertEquals(5, r.findings().size());
        assertEquals(List.of(1, 3, 5, 7, 9), r.errors().stream().map(LoadError::line).toList());
        List<String> messages = r.errors().stream().map(LoadError::message).toList();
        assertEquals("malformed suppression: until=2026-02-30 is not a date (expected YYYY-MM-DD)", messages.get(0));
        assertEquals("malformed suppression: unterminated quoted value", messages.get(1));
        assertTrue(messages.get(2).contains("names no rule"), messages.get(2));
        assertTrue(messages.get(3).contains("unknown directive finguard:ingore"), messages.get(3));
        assertTrue(messages.get(4).contains("unknown key owner"), messages.get(4));
    }

    @Test
    void unknownRuleIdIsReportedButTheKnownOnesStillApply() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG9O1,FG901 reason="one typo"
                resource "aws_s3_bucket" "a" {}
                """);
        ScanResult r = scanOnlyFg901();
        assertEquals(List.of("FG901 aws_s3_bucket.a"), ids(r.suppressed()));
        assertEquals(List.of(new LoadError("main.tf", 1,
                "suppression names unknown rule FG9O1 (known: FG901, FG902)")), r.errors());
    }

    @Test
    void hashesInStringsAndHeredocsAreNotComments() throws Exception {
        ws.write("main.tf", """
                resource "aws_s3_bucket" "a" {
                  bucket = "# finguard:ignore FG901 reason=\\"in a string\\""
                  policy = <<EOT
                # finguard:ignore FG901 reason="in a heredoc"
                EOT
                }
                /* finguard:ignore FG901 reason="block comments are prose" */
                resource "aws_s3_bucket" "b" {}
                """);
        ScanResult r = scanOnlyFg901();
        assertEquals(2, r.findings().size());
        assertEquals(List.of(), r.suppressed());
        assertEquals(List.of(), r.errors());
    }

    @Test
    void eachProblemIsReportedOnceEvenWhenTheFileIsReachedThroughSeveralModuleCalls() throws Exception {
        ws.write("main.tf", """
                module "a" {
                  source = "./mod"
                }
                module "b" {
                  source = "./mod"
                }
                """);
        ws.write("mod/main.tf", """
                # finguard:ignore FG901 until=2020-01-01
                resource "aws_s3_bucket" "x" {}
                """);
        ScanResult r = scanOnlyFg901();
        assertEquals(1, r.findings().size(), "one place");
        assertEquals(2, r.findings().get(0).instances().size(), "module.a's and module.b's");
        assertEquals(List.of(new LoadError("mod/main.tf", 1,
                "suppression without reason; it applies only with reason=\"…\"")), r.errors());
    }

    @Test
    void suppressedFindingKeepsEverythingElse() throws Exception {
        ws.write("main.tf", """
                resource "aws_s3_bucket" "a" {
                  # finguard:ignore FG901 reason="kept as is"
                  tags = {}
                }
                """);
        Finding f = scanOnlyFg901().suppressed().get(0);
        assertEquals("main.tf", f.file());
        assertEquals(3, f.line(), "located at the tags attribute, as the rule reported it");
        assertEquals("aws_s3_bucket", f.resourceType());
        assertTrue(f.suppressed());
        assertNull(f.suppression().until());
    }
}
