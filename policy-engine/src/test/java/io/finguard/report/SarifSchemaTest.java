package io.finguard.report;

import io.finguard.testsupport.SarifSchema;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema check must be able to fail, or the SARIF tests prove nothing. */
class SarifSchemaTest {

    @Test
    void rejectsADocumentThatBreaksTheSchema() throws IOException {
        SarifSchema schema = SarifSchema.load();
        String badLevel = """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "finguard"}},
                  "results": [{"message": {"text": "x"}, "level": "fatal"}]}]}
                """;
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> schema.assertValid(badLevel, "bad"));
        assertTrue(e.getMessage().contains("level"), e.getMessage());
        String noDriverName = """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}
                """;
        assertThrows(AssertionFailedError.class, () -> schema.assertValid(noDriverName, "bad"));
    }
}
