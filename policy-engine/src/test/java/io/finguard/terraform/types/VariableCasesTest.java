package io.finguard.terraform.types;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.hcl.Block;
import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.SourceFile;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.EvalProblem;
import io.finguard.terraform.eval.ValueJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@code src/test/resources/types/variables.cases}, recorded from Terraform: the value a module sees for a
 * variable with a type, a default and {@code nullable}, given a caller's value or none.
 */
class VariableCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TestFactory
    List<DynamicTest> variables() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, String> stanza : CaseFiles.stanzas("/types/variables.cases")) {
            tests.add(DynamicTest.dynamicTest(stanza.get("line") + ": " + declaration(stanza).replace('\n', ' '),
                    () -> check(stanza)));
        }
        return tests;
    }

    private static String declaration(Map<String, String> stanza) {
        StringBuilder text = new StringBuilder("variable \"v\" {\n");
        for (String field : List.of("type", "default", "nullable")) {
            if (stanza.containsKey(field)) {
                text.append("  ").append(field).append(" = ").append(stanza.get(field)).append('\n');
            }
        }
        return text.append("}\n").toString();
    }

    private static void check(Map<String, String> stanza) throws Exception {
        SourceFile source = new SourceFile("main.tf", declaration(stanza));
        ConfigFile file = HclParser.parse(source);
        assertEquals(List.of(), file.diagnostics());
        Block block = file.body().blocks("variable").get(0);
        VariableConstraint variable = VariableConstraint.of(block, source);
        if (stanza.containsKey("declaration-error")) {
            List<EvalProblem> problems = variable.problems();
            assertEquals(1, problems.size(), () -> "one problem: " + problems);
            assertEquals(stanza.get("declaration-error"), problems.get(0).message());
            return;
        }
        assertEquals(List.of(), variable.problems());
        Value given = stanza.containsKey("value") ? CaseFiles.evaluate(stanza.get("value")) : null;
        if (stanza.containsKey("error")) {
            TypeConversionException e = assertThrows(TypeConversionException.class, () -> variable.value(given));
            assertTrue((e.getMessage() + ".").endsWith(stanza.get("error")), e.getMessage());
            assertTrue(e.getMessage().startsWith("The given value is not suitable for var.v declared at main.tf:1: "),
                    e.getMessage());
            return;
        }
        Value value = variable.value(given);
        if (stanza.get("result").equals("unknown")) {
            assertEquals(new Value.Unknown("var.v"), value);
            return;
        }
        assertEquals(JSON.writeValueAsString(JSON.readTree(stanza.get("result"))),
                JSON.writeValueAsString(ValueJson.toJson(value)));
        TypeConstraint recorded = CaseFiles.recordedType(stanza.get("typeof"));
        assertTrue(Conformance.conforms(value, recorded), () -> ValueJson.toString(value) + " is not a " + recorded);
    }
}
