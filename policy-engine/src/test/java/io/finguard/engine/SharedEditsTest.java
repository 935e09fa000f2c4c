package io.finguard.engine;

import io.finguard.api.FindingDraft;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.api.edit.FileEdits;
import io.finguard.api.edit.HclValue;
import io.finguard.hcl.Block;
import io.finguard.terraform.Resource;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fix is made only when it is right for every instance, in every root, that evaluates the text it edits
 * (decision 077). Two roots call a wrapper module, which calls a queue module: an edit of the wrapper's
 * {@code module "queue"} block, or of the queue module's variable default, changes the queue of both roots.
 */
class SharedEditsTest {

    private final Path dir;
    private final Workspace ws;

    SharedEditsTest(@TempDir Path tmp) {
        dir = tmp;
        ws = new Workspace(tmp, List.of());
        ws.write("modules/queue/main.tf", """
                variable "name" {
                  type = string
                }

                variable "retention" {
                  type    = number
                  default = 60
                }

                resource "aws_sqs_queue" "this" {
                  name                      = var.name
                  message_retention_seconds = var.retention
                }
                """);
        ws.write("modules/wrapper/main.tf", """
                variable "name" {
                  type = string
                }

                module "queue" {
                  source = "../queue"
                  name   = var.name
                }
                """);
        ws.write("a/main.tf", "module \"wrapper\" {\n  source = \"../modules/wrapper\"\n  name   = \"a-orders\"\n}\n");
        ws.write("b/main.tf", "module \"wrapper\" {\n  source = \"../modules/wrapper\"\n  name   = \"b-orders\"\n}\n");
    }

    /** The one finding of a scan with FG904 editing at {@code edit}. */
    private Finding only(ShortRetentionRule.Edit edit) throws ScanSetupException {
        ScanResult r = new Workspace(dir, List.of(new ShortRetentionRule(edit))).scan();
        assertEquals(1, r.findings().size(), r.findings().toString());
        return r.findings().get(0);
    }

    @Test
    void anEditOfAModuleBlockInASharedModuleIsMadeWhenEveryRootsInstanceWantsIt() throws Exception {
        ws.write("b/main.tf", ws.read("b/main.tf").replace("b-orders", "a-orders-b"));
        Finding f = only(ShortRetentionRule.Edit.CALLER);
        assertEquals(2, f.instances().size());
        assertNotNull(f.fix(), f.notFixableReason());
        assertTrue(f.fixable());
    }

    @Test
    void anEditOfAModuleBlockInASharedModuleIsDeclinedWhenAnotherRootsInstanceNeedsNoChange() throws Exception {
        Finding f = only(ShortRetentionRule.Edit.CALLER);
        assertEquals(List.of("a"), f.instances().stream().map(FindingInstance::root).toList());
        assertNull(f.fix());
        assertEquals(false, f.fixable());
        assertEquals("module.wrapper.module.queue in b passes FG904 as it is, and one edit of the shared "
                + "modules/wrapper/main.tf would change it too; make the change per instance (a module variable) "
                + "instead", f.notFixableReason());
    }

    @Test
    void anEditOfAVariableDefaultReachesEveryInstanceOfItsModule() throws Exception {
        Finding f = only(ShortRetentionRule.Edit.DEFAULT);
        assertNull(f.fix());
        assertTrue(f.notFixableReason().startsWith("module.wrapper.module.queue in b passes FG904 as it is, and one "
                + "edit of the shared modules/queue/main.tf"), f.notFixableReason());
    }

    @Test
    void anInstanceTheRuleCouldNotCheckIsNamedWithWhy() throws Exception {
        ws.write("b/main.tf", "variable \"name\" {\n  type = string\n}\n\n" + ws.read("b/main.tf")
                .replace("\"b-orders\"", "var.name"));
        Finding f = only(ShortRetentionRule.Edit.CALLER);
        assertTrue(f.notFixableReason().startsWith("module.wrapper.module.queue in b could not be checked (its name "
                + "is unknown), and one edit of the shared modules/wrapper/main.tf"), f.notFixableReason());
    }

    @Test
    void anEditOfARootsOwnFileConcernsThatRootOnly() throws Exception {
        Finding f = only(ShortRetentionRule.Edit.ROOT);
        assertNotNull(f.fix(), f.notFixableReason());
    }

    /**
     * FG904, for this test: a queue named {@code a-…} keeps messages too long (one with an unknown name is
     * unverified). Its fix sets {@code retention} where
     * {@code edit} says: on the wrapper's {@code module "queue"} block, as the queue module's default, or on the
     * root's own {@code module "wrapper"} block (which the wrapper would have to pass on; only the place matters).
     */
    static final class ShortRetentionRule implements Rule {

        enum Edit { CALLER, DEFAULT, ROOT }

        private final Edit edit;

        ShortRetentionRule(Edit edit) {
            this.edit = edit;
        }

        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata("FG904", "short-retention", Severity.LOW, "Queues of a- keep messages briefly.",
                    Set.of("aws_sqs_queue"), List.of(), null, null);
        }

        @Override
        public void check(RuleContext context) {
            for (Resource r : context.resources("aws_sqs_queue")) {
                if (r.get("name") instanceof Value.Unknown) {
                    context.unverified(r, "its name is unknown");
                } else if (r.get("name") instanceof Value.Str name && name.value().startsWith("a-")) {
                    SyntaxRef at = switch (edit) {
                        case CALLER -> r.callers().get(1);
                        case DEFAULT -> r.syntax();
                        case ROOT -> r.callers().get(0);
                    };
                    Block target = edit == Edit.DEFAULT ? at.config().body().blocks("variable").get(1) : at.block();
                    String attribute = edit == Edit.DEFAULT ? "default" : "retention";
                    FileEdits edits = FileEdits.of(at.config());
                    if (edit == Edit.DEFAULT) {
                        edits.setValue(target.body().attribute(attribute), HclValue.of(30));
                    } else {
                        edits.insertAttribute(target, attribute, HclValue.of(30));
                    }
                    context.report(FindingDraft.fixable(r, r.location(), "keeps messages too long",
                            edits.toFix("set " + attribute + " to 30")));
                }
            }
        }
    }
}
