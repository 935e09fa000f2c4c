package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Num;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.ObjKind;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;
import io.finguard.terraform.Value.Str;
import io.finguard.terraform.Value.Unknown;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValueJsonTest {

    private static String json(Value v) {
        return ValueJson.toString(v);
    }

    @Test
    void primitives() {
        assertEquals("\"a\\\"b\"", json(new Str("a\"b")));
        assertEquals("true", json(Value.TRUE));
        assertEquals("null", json(Value.NULL));
    }

    @Test
    void numbersAreCanonical() {
        assertEquals("5", json(new Num(new BigDecimal("5.000"))));
        assertEquals("1.5", json(new Num(new BigDecimal("1.50"))));
        assertEquals("100", json(new Num(new BigDecimal("1E+2"))));
        assertEquals("0", json(new Num(new BigDecimal("0.00"))));
        assertEquals("-0.001", json(new Num(new BigDecimal("-1E-3"))));
        assertEquals("0.0000001", json(new Num(new BigDecimal("1E-7"))));
        assertEquals("123456789012345678901234567890", json(new Num(new BigDecimal("123456789012345678901234567890"))));
    }

    @Test
    void collectionsKeepTheirOrder() {
        Map<String, Value> entries = new LinkedHashMap<>();
        entries.put("z", Num.of(1));
        entries.put("a", new Seq(List.of(new Str("x"), Value.NULL), SeqKind.SET));
        assertEquals("{\"z\":1,\"a\":[\"x\",null]}", json(new Obj(entries, ObjKind.MAP)));
        assertEquals("[]", json(new Seq(List.of(), SeqKind.TUPLE)));
    }

    @Test
    void unknownCarriesItsSource() {
        assertEquals("{\"unknown\":\"aws_s3_bucket.b.id\"}", json(new Unknown("aws_s3_bucket.b.id")));
        assertEquals("[{\"unknown\":\"var.x\"}]", json(new Seq(List.of(new Unknown("var.x")), SeqKind.TUPLE)));
    }

    @Test
    void treeAndTextAgree() {
        Value v = new Seq(List.of(Num.of(1), new Str("a")), SeqKind.LIST);
        assertEquals(ValueJson.toJson(v).toString(), ValueJson.toString(v));
    }
}
