package io.finguard.terraform.types;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;
import io.finguard.terraform.Value.Unknown;
import io.finguard.terraform.eval.Expressions;
import io.finguard.terraform.eval.ValueJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the recorded cases cannot show: unknown values, printing, ranges, and cty's number text for set order. */
class TypeConstraintTest {

    private static TypeConstraint type(String text) throws InvalidTypeException {
        Expressions e = Expressions.parse(text);
        return TypeConstraint.parse(e.expression(), e.source());
    }

    @Test
    void anUnknownValueStaysTheSameUnknown() throws Exception {
        Unknown unknown = new Unknown("var.x");
        assertSame(unknown, type("object({a = optional(number, 3)})").convert(unknown));
        assertSame(unknown, type("list(string)").convert(unknown));
        assertSame(unknown, TypeConstraint.ANY.convert(unknown));
    }

    @Test
    void unknownElementsStayUnknownWhileTheRestConverts() throws Exception {
        Value given = new Seq(List.of(
                new Obj(Map.of("name", new Unknown("local.n")), Value.ObjKind.OBJECT),
                new Obj(Map.of("name", Value.str("b"), "port", Value.str("8080")), Value.ObjKind.OBJECT),
                new Unknown("var.third")), SeqKind.TUPLE);
        Value converted = type("list(object({name = string, port = optional(number, 80)}))").convert(given);
        assertEquals("[{\"name\":{\"unknown\":\"local.n\"},\"port\":80},{\"name\":\"b\",\"port\":8080},"
                + "{\"unknown\":\"var.third\"}]", ValueJson.toString(converted));
    }

    @Test
    void aSetKeepsItsUnknownElementsLast() throws Exception {
        Value given = new Seq(List.of(Value.str("b"), new Unknown("var.x"), Value.str("a"), Value.str("b")),
                SeqKind.TUPLE);
        assertEquals("[\"a\",\"b\",{\"unknown\":\"var.x\"}]",
                ValueJson.toString(type("set(string)").convert(given)));
    }

    @Test
    void aMapOfAnyWithAnUnknownElementUnifiesTheKnownOnes() throws Exception {
        Value given = new Obj(Map.of("a", Value.Num.of(1), "b", new Unknown("var.b"), "c", Value.str("x")),
                Value.ObjKind.OBJECT);
        assertEquals("{\"a\":\"1\",\"b\":{\"unknown\":\"var.b\"},\"c\":\"x\"}",
                ValueJson.toString(type("map(any)").convert(given)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "string | string",
            "list | list(any)",
            "map(list(number)) | map(list(number))",
            "tuple([string, bool]) | tuple([string, bool])",
            "object({b = number, a = optional(string)}) | object({a = optional(string), b = number})",
            "object({a = optional(list(string), [1])}) | object({a = optional(list(string), [\"1\"])})",
    })
    void printsAsTerraformSyntax(String written, String printed) throws Exception {
        assertEquals(printed, type(written).toString());
        assertEquals(type(written), type(printed), "printing and reading again gives the same type");
    }

    @Test
    void aBadTypeSaysWhereInsideTheExpression() {
        String text = "map(object({a = optional(number), b = lisst(string)}))";
        InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> type(text));
        assertEquals("lisst", text.substring(e.range().start(), e.range().end()));
    }

    @Test
    void aFailureNamesTheWholePath() throws Exception {
        Value given = CaseFiles.evaluate("{groups = {gpu = {sizes = [1, [2]]}}}");
        TypeConversionException e = assertThrows(TypeConversionException.class,
                () -> type("object({groups = map(object({sizes = list(number)}))})").convert(given));
        assertEquals("attribute \"groups\": element \"gpu\": attribute \"sizes\": element 1: number required",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "-2.5, -2.5", "100, 100", "1234567890, 1234567890", "12345678901, 1.23456789e+10",
            "1e21, 1e+21", "0.0001, 0.0001", "0.00001, 1e-05", "123456.75, 123456.75", "1.00000000001, 1"})
    void numbersHashAsGoPrintsABigFloat(String number, String text) {
        assertEquals(text, SetOrder.goFloatText(new BigDecimal(number)));
    }
}
