package io.finguard.rego.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Conversions between values and JSON (Jackson trees, text, and the plain Java objects YAML parsers give). */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Json() {
    }

    /** Parses JSON text; throws {@link IllegalArgumentException} with the parser's message on bad input. */
    public static Value parse(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("unexpected end of JSON input");
            }
            return fromNode(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage());
        }
    }

    public static Value fromNode(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return NullValue.NULL;
        }
        if (node.isBoolean()) {
            return BoolValue.of(node.booleanValue());
        }
        if (node.isNumber()) {
            return NumberValue.of(node.decimalValue());
        }
        if (node.isTextual()) {
            return StringValue.of(node.textValue());
        }
        if (node.isArray()) {
            List<Value> items = new ArrayList<>(node.size());
            node.forEach(n -> items.add(fromNode(n)));
            return ArrayValue.of(items);
        }
        TreeMap<Value, Value> entries = new TreeMap<>();
        node.fields().forEachRemaining(e -> entries.put(StringValue.of(e.getKey()), fromNode(e.getValue())));
        return ObjectValue.own(entries);
    }

    /** Converts plain Java objects (maps, lists, strings, numbers, booleans, null), as SnakeYAML gives them. */
    public static Value fromJava(Object o) {
        if (o == null) {
            return NullValue.NULL;
        }
        if (o instanceof Value v) {
            return v;
        }
        if (o instanceof Boolean b) {
            return BoolValue.of(b);
        }
        if (o instanceof BigDecimal d) {
            return NumberValue.of(d);
        }
        if (o instanceof BigInteger i) {
            return NumberValue.of(new BigDecimal(i));
        }
        if (o instanceof Double || o instanceof Float) {
            return NumberValue.of(((Number) o).doubleValue());
        }
        if (o instanceof Number n) {
            return NumberValue.of(n.longValue());
        }
        if (o instanceof Map<?, ?> m) {
            TreeMap<Value, Value> entries = new TreeMap<>();
            m.forEach((k, v) -> entries.put(k instanceof String s ? StringValue.of(s) : fromJava(k), fromJava(v)));
            return ObjectValue.own(entries);
        }
        if (o instanceof Collection<?> c) {
            List<Value> items = new ArrayList<>(c.size());
            c.forEach(x -> items.add(fromJava(x)));
            return ArrayValue.of(items);
        }
        if (o instanceof byte[] bytes) {
            return StringValue.of(java.util.Base64.getEncoder().encodeToString(bytes));
        }
        return StringValue.of(o.toString());
    }

    /** The JSON form: sets become sorted arrays and non-string object keys their Rego text, as in OPA's output. */
    public static JsonNode toNode(Value v) {
        if (v instanceof NullValue) {
            return NODES.nullNode();
        }
        if (v instanceof BoolValue b) {
            return NODES.booleanNode(b.value());
        }
        if (v instanceof NumberValue n) {
            return n.isInteger() ? NODES.numberNode(n.integer()) : NODES.numberNode(n.value());
        }
        if (v instanceof StringValue s) {
            return NODES.textNode(s.value());
        }
        if (v instanceof ArrayValue a) {
            ArrayNode arr = NODES.arrayNode();
            a.items().forEach(x -> arr.add(toNode(x)));
            return arr;
        }
        if (v instanceof SetValue s) {
            ArrayNode arr = NODES.arrayNode();
            s.items().forEach(x -> arr.add(toNode(x)));
            return arr;
        }
        ObjectNode obj = NODES.objectNode();
        ((ObjectValue) v).entries().forEach((k, x) ->
                obj.set(k instanceof StringValue s ? s.value() : write(k), toNode(x)));
        return obj;
    }

    /** Compact JSON text, as {@code json.marshal} writes it. */
    public static String write(Value v) {
        try {
            return MAPPER.writeValueAsString(toNode(v));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Indented JSON text for people, laid out as {@code opa eval} prints it (two spaces, {@code "key": value}). */
    public static String writePretty(Value v) {
        return writePretty(toNode(v));
    }

    /** {@link #writePretty(Value)} for a JSON tree. */
    public static String writePretty(JsonNode node) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string literal. */
    public static String quote(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
