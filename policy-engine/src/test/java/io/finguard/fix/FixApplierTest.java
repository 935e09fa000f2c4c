package io.finguard.fix;

import io.finguard.api.Fix;
import io.finguard.api.TextEdit;
import io.finguard.hcl.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixApplierTest {

    private static final SourceFile MAIN = new SourceFile("main.tf",
            "resource \"aws_cloudwatch_log_group\" \"a\" {\n  name = \"a\"\n}\n");

    private static int offsetOf(String s) {
        return MAIN.text().indexOf(s);
    }

    private final Fix retention = Fix.of("set retention_in_days",
            TextEdit.insert(MAIN, offsetOf("}\n"), "  retention_in_days = 30\n"));

    @Test
    void appliesEditsAndKeepsTheRestOfTheFile() {
        FixApplier.Pass pass = FixApplier.apply(List.of(retention));
        assertEquals("resource \"aws_cloudwatch_log_group\" \"a\" {\n  name = \"a\"\n  retention_in_days = 30\n}\n",
                pass.changes().get("main.tf").fixed());
        assertEquals(List.of(retention), pass.applied());
    }

    @Test
    void theSameEditAskedTwiceIsAppliedOnce() {
        Fix again = Fix.of("again", TextEdit.insert(MAIN, offsetOf("}\n"), "  retention_in_days = 30\n"));
        FixApplier.Pass pass = FixApplier.apply(List.of(retention, again));
        assertEquals(2, pass.applied().size());
        assertEquals(1, pass.changes().get("main.tf").fixed().split("retention_in_days", -1).length - 1);
    }

    @Test
    void anOverlappingFixIsDeferredWhole() {
        Fix other = Fix.of("other", TextEdit.insert(MAIN, offsetOf("}\n"), "  retention_in_days = 7\n"),
                TextEdit.insert(MAIN, 0, "# note\n"));
        FixApplier.Pass pass = FixApplier.apply(List.of(retention, other));
        assertEquals(List.of(other), pass.deferred());
        assertTrue(!pass.changes().get("main.tf").fixed().contains("# note"));
    }

    @Test
    void aFixThatBreaksTheSyntaxIsRefusedAndNothingChanges() {
        Fix broken = Fix.of("broken", new TextEdit(MAIN, offsetOf("}\n"), offsetOf("}\n") + 1, ""));
        FixApplier.Pass pass = FixApplier.apply(List.of(broken));
        assertTrue(pass.changes().isEmpty());
        assertEquals(1, pass.refused().size());
        assertEquals("main.tf", pass.refused().get(0).file());
        assertTrue(pass.applied().isEmpty());
    }
}
