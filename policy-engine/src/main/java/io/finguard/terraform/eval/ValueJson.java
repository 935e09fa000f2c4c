package io.finguard.terraform.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Bool;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Num;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.Str;
import io.finguard.terraform.Value.Unknown;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The canonical JSON form of a {@link Value}, used by {@code finguard inspect} and by tests: strings, numbers
 * (integers without a fraction, others in plain notation), bools, null, arrays for lists, tuples and sets, objects
 * for maps and objects (entries in their order in the value), and an unknown as {@code {"unknown":"<source>"}}.
 * The same value always renders to the same text.
 */
public final class ValueJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // a bare factory: an ObjectMapper costs tens of milliseconds to create, on every CLI run
    private static final com.fasterxml.jackson.core.JsonFactory FACTORY = new com.fasterxml.jackson.core.JsonFactory()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private ValueJson() {
    }

    public static JsonNode toJson(Value value) {
        if (value instanceof Str s) {
            return NODES.textNode(s.value());
        }
        if (value instanceof Num n) {
            return number(n.value());
        }
        if (value instanceof Bool b) {
            return NODES.booleanNode(b.value());
        }
        if (value instanceof Null) {
            return NODES.nullNode();
        }
        if (value instanceof Seq seq) {
            ArrayNode array = NODES.arrayNode(seq.elements().size());
            seq.elements().forEach(e -> array.add(toJson(e)));
            return array;
        }
        if (value instanceof Obj obj) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<String, Value> e : obj.entries().entrySet()) {
                object.set(e.getKey(), toJson(e.getValue()));
            }
            return object;
        }
        Unknown unknown = (Unknown) value;
        ObjectNode object = NODES.objectNode();
        object.put("unknown", unknown.source());
        return object;
    }

    /** Compact JSON text. */
    public static String toString(Value value) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            write(gen, value);
        } catch (java.io.IOException e) {
            // writing to a StringWriter cannot fail
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Streams the same JSON as {@link #toJson} to a generator, without building a tree: {@code inspect} of a large
     * corpus writes megabytes of values.
     */
    public static void write(JsonGenerator gen, Value value) throws java.io.IOException {
        if (value instanceof Str s) {
            gen.writeString(s.value());
        } else if (value instanceof Num n) {
            JsonNode number = number(n.value());
            if (number.isLong() || number.isInt()) {
                gen.writeNumber(number.longValue());
            } else if (number.isBigInteger()) {
                gen.writeNumber(number.bigIntegerValue());
            } else {
                gen.writeNumber(number.decimalValue().toPlainString());
            }
        } else if (value instanceof Bool b) {
            gen.writeBoolean(b.value());
        } else if (value instanceof Null) {
            gen.writeNull();
        } else if (value instanceof Seq seq) {
            gen.writeStartArray();
            for (Value e : seq.elements()) {
                write(gen, e);
            }
            gen.writeEndArray();
        } else if (value instanceof Obj obj) {
            gen.writeStartObject();
            for (Map.Entry<String, Value> e : obj.entries().entrySet()) {
                gen.writeFieldName(e.getKey());
                write(gen, e.getValue());
            }
            gen.writeEndObject();
        } else {
            gen.writeStartObject();
            gen.writeStringField("unknown", ((Unknown) value).source());
            gen.writeEndObject();
        }
    }

    private static JsonNode number(BigDecimal n) {
        BigDecimal stripped = n.signum() == 0 ? BigDecimal.ZERO : n.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            java.math.BigInteger integer = stripped.toBigIntegerExact();
            return integer.bitLength() < 64 ? NODES.numberNode(integer.longValue()) : NODES.numberNode(integer);
        }
        return NODES.numberNode(stripped);
    }
}
