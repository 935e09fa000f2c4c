package io.finguard.fix;

import io.finguard.api.FindingDraft;
import io.finguard.api.Fix;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.api.TextEdit;
import io.finguard.engine.ScanRequest;
import io.finguard.engine.ScanSetupException;
import io.finguard.terraform.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixServiceTest {

    private static final String BARE_BOX = """
            resource "test_box" "a" {
              colour = "red"
            }
            """;

    @TempDir
    Path tmp;

    private static List<String> applied(FixResult r) {
        return r.applied().stream().map(a -> a.finding().resource() + ": " + a.description()).toList();
    }

    private static List<String> leftAlone(FixResult r) {
        return r.leftAlone().stream().map(l -> l.finding().ruleId() + " " + l.finding().message() + ": " + l.reason())
                .toList();
    }

    @Test
    void aFixDeferredInTheFirstPassLandsInTheSecond() throws ScanSetupException {
        FixWorkspace ws = new FixWorkspace(tmp);
        ws.write("main.tf", BARE_BOX);
        FixResult r = ws.fixBoxes();
        assertEquals(1, r.files().size());
        FixResult.FileFix file = r.files().get(0);
        assertEquals("main.tf", file.path());
        assertEquals(BARE_BOX, file.original(), "the original is the text on disk, not an intermediate one");
        assertEquals("""
                resource "test_box" "a" {
                  colour = "red"
                  size = 1
                  label = "box"
                }
                """, file.fixed());
        assertEquals(2, r.passes(), "both fixes insert before the brace: the second waits for a re-scan");
        assertEquals(List.of("test_box.a: set size to 1", "test_box.a: set label to \"box\""), applied(r));
        assertEquals(List.of(), r.leftAlone());
        assertTrue(r.converged());
        assertFalse(r.failed());
        assertEquals(BARE_BOX, ws.read("main.tf"), "fixing writes nothing");
    }

    @Test
    void aSecondRunAfterWritingChangesNothing() throws ScanSetupException {
        FixWorkspace ws = new FixWorkspace(tmp);
        ws.write("main.tf", BARE_BOX);
        ws.write("more/boxes.tf", "resource \"test_box\" \"big\" {\n  size  = 40\n  label = \"b\"\n}\n");
        FixResult first = ws.fixBoxes();
        assertEquals(2, first.files().size());
        ws.writeAll(first);
        FixResult second = ws.fixBoxes();
        assertEquals(List.of(), second.files());
        assertEquals(List.of(), second.applied());
        assertEquals(0, second.passes());
        assertEquals("resource \"test_box\" \"big\" {\n  size  = 10\n  label = \"b\"\n}\n", ws.read("more/boxes.tf"));
    }

    @Test
    void aFixThatWouldNotParseIsRefusedAndItsFileKeepsItsText() throws ScanSetupException {
        FixWorkspace ws = new FixWorkspace(tmp);
        String broken = "resource \"test_box\" \"x\" {\n  size   = 2\n  label  = \"x\"\n  broken = true\n}\n";
        ws.write("broken.tf", broken);
        ws.write("main.tf", BARE_BOX);
        FixResult r = ws.fixBoxes();
        assertEquals(List.of("main.tf"), r.files().stream().map(FixResult.FileFix::path).toList(),
                "the other file is still fixed");
        assertEquals(1, r.refused().size());
        FixApplier.Refusal refusal = r.refused().get(0);
        assertEquals("broken.tf", refusal.file());
        assertTrue(refusal.line() >= 1 && refusal.message().contains("would not parse"), refusal.toString());
        assertEquals(List.of("FG903 broken is set: its fix would leave broken.tf unparsable"), leftAlone(r));
        assertTrue(r.failed());
        assertEquals(broken, ws.read("broken.tf"));
    }

    @Test
    void findingsLeftAloneSayWhy() throws ScanSetupException {
        FixWorkspace ws = new FixWorkspace(tmp);
        ws.write("main.tf", """
                variable "n" {}
                resource "test_box" "a" {
                  size  = var.n
                  label = "a"
                  shape = "cube"
                }
                """);
        FixResult r = ws.fixBoxes();
        assertEquals(List.of(), r.files());
        assertEquals(List.of("FG903 size is not a number: size is not a literal number",
                "FG903 shape is set: " + FixService.NO_AUTOMATIC_FIX), leftAlone(r));
        assertFalse(r.failed(), "a finding left alone is not a failure of the fix");
    }

    @Test
    void onlyTheSelectedRulesAreFixedOrReported() throws ScanSetupException {
        FixWorkspace ws = new FixWorkspace(tmp);
        ws.write("main.tf", BARE_BOX);
        FixResult other = ws.fix(ScanRequest.builder().path(tmp).onlyRules(Set.of("FG902")));
        assertEquals(List.of(), other.files());
        assertEquals(List.of("FG902 test_box a exists: " + FixService.NO_AUTOMATIC_FIX), leftAlone(other));
        FixResult skipped = ws.fix(ScanRequest.builder().path(tmp).skipRules(Set.of("FG903")));
        assertEquals(List.of(), skipped.files());
        FixResult all = ws.fix(ScanRequest.builder().path(tmp));
        assertEquals(1, all.files().size());
        assertEquals(List.of("FG902 test_box a exists: " + FixService.NO_AUTOMATIC_FIX), leftAlone(all));
    }

    @Test
    void suppressedFindingsAreNotFixed() throws ScanSetupException {
        FixWorkspace ws = new FixWorkspace(tmp);
        ws.write("main.tf", "# finguard:ignore FG903 reason=\"sized by hand\"\n" + BARE_BOX);
        FixResult r = ws.fixBoxes();
        assertEquals(List.of(), r.files());
        assertEquals(List.of(), r.leftAlone());
    }

    @Test
    void unparsableFilesAreErrorsAndOtherFilesAreStillFixed() throws ScanSetupException {
        FixWorkspace ws = new FixWorkspace(tmp);
        ws.write("bad.tf", "resource \"test_box\" \"b\" {\n  size = \n");
        ws.write("main.tf", BARE_BOX);
        FixResult r = ws.fixBoxes();
        assertEquals(List.of("main.tf"), r.files().stream().map(FixResult.FileFix::path).toList());
        assertEquals("bad.tf", r.errors().get(0).file());
        assertTrue(r.failed());
    }

    @Test
    void aPlanIsNotAnInput() {
        FixWorkspace ws = new FixWorkspace(tmp);
        Path plan = ws.write("plan.json", "{}");
        ScanSetupException e = assertThrows(ScanSetupException.class,
                () -> ws.fix(ScanRequest.builder().path(tmp).plan(plan)));
        assertTrue(e.getMessage().contains("plan"), e.getMessage());
    }

    @Test
    void aFixThatNeverRemovesItsFindingStopsAfterTheLastPass() throws ScanSetupException {
        FixWorkspace ws = new FixWorkspace(tmp, List.of(new EndlessRule()));
        ws.write("main.tf", BARE_BOX);
        FixResult r = ws.fix(ScanRequest.builder().path(tmp));
        assertEquals(FixService.MAX_PASSES, r.passes());
        assertFalse(r.converged());
        assertTrue(r.failed());
        assertEquals(FixService.MAX_PASSES, r.files().get(0).fixed().split("# more", -1).length - 1);
        assertEquals(List.of("FG999 never satisfied: still not fixed after " + FixService.MAX_PASSES + " passes"),
                leftAlone(r));
    }

    /** A broken rule: its fix adds a comment and the finding stays, however often it is applied. */
    private static final class EndlessRule implements Rule {
        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata("FG999", "endless", Severity.LOW, "Never satisfied.", Set.of(), List.of(),
                    "/none.md", "https://example.invalid/FG999");
        }

        @Override
        public void check(RuleContext context) {
            for (Resource r : context.resources()) {
                var file = r.syntax().config().source();
                context.report(FindingDraft.fixable(r, context.locate(r), "never satisfied",
                        Fix.of("add a comment", TextEdit.insert(file, 0, "# more\n"))));
            }
        }
    }
}
