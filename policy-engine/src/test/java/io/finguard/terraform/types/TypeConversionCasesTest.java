package io.finguard.terraform.types;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.Expressions;
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
 * Runs {@code src/test/resources/types/conversions.cases}, whose expectations Terraform itself recorded (see the
 * file's header): the converted value must print as Terraform's {@code jsonencode} (keys and set elements in the
 * same order) and have exactly the type Terraform's {@code type()} gave; a failure must end with Terraform's
 * message (finguard names the path even where Terraform drops it); a bad type must fail with Terraform's message.
 */
class TypeConversionCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TestFactory
    List<DynamicTest> conversions() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, String> stanza : CaseFiles.stanzas("/types/conversions.cases")) {
            String name = stanza.get("line") + ": " + stanza.get("type")
                    + (stanza.containsKey("value") ? " <- " + stanza.get("value") : "");
            tests.add(DynamicTest.dynamicTest(name, () -> check(stanza)));
        }
        return tests;
    }

    private static void check(Map<String, String> stanza) throws Exception {
        Expressions type = Expressions.parse(stanza.get("type"));
        if (stanza.containsKey("declaration-error")) {
            InvalidTypeException e = assertThrows(InvalidTypeException.class,
                    () -> TypeConstraint.parse(type.expression(), type.source()));
            assertEquals(stanza.get("declaration-error"), e.getMessage());
            assertTrue(e.range().start() >= 0 && e.range().end() <= stanza.get("type").length(), "a range inside");
            return;
        }
        TypeConstraint constraint = TypeConstraint.parse(type.expression(), type.source());
        if (!stanza.containsKey("value")) {
            assertEquals(CaseFiles.recordedType(stanza.get("typeof")), constraint);
            return;
        }
        Value value = CaseFiles.evaluate(stanza.get("value"));
        if (stanza.containsKey("error")) {
            TypeConversionException e = assertThrows(TypeConversionException.class, () -> constraint.convert(value));
            String terraform = stanza.get("error");
            assertTrue((e.getMessage() + ".").endsWith(terraform),
                    () -> "'" + e.getMessage() + "' should end with Terraform's '" + terraform + "'");
            return;
        }
        Value converted = constraint.convert(value);
        assertEquals(JSON.writeValueAsString(JSON.readTree(stanza.get("result"))),
                JSON.writeValueAsString(ValueJson.toJson(converted)));
        TypeConstraint recorded = CaseFiles.recordedType(stanza.get("typeof"));
        assertTrue(Conformance.conforms(converted, recorded),
                () -> ValueJson.toString(converted) + " is not exactly a " + recorded);
    }
}
