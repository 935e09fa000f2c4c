package io.finguard.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.finguard.terraform.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns plan JSON into {@link Value}s. A change's {@code after} omits unknown object attributes and nulls unknown
 * list elements, while {@code after_unknown} mirrors its shape with {@code true} where a value is unknown; the two
 * are walked together so that every unknown becomes a {@link Value.Unknown} named after the configuration
 * reference that produced it, which lets rules say what a value depends on instead of treating it as null.
 */
final class PlanValues {

    /** Terraform's own wording for an unknown value whose source the plan does not say. */
    static final String KNOWN_AFTER_APPLY = "(known after apply)";

    private PlanValues() {
    }

    /** A JSON value as it stands, without unknowns: variables, constants, planned values. */
    static Value of(JsonNode json) {
        return merge(json, MissingNode.getInstance(), MissingNode.getInstance());
    }

    /**
     * A resource's values.
     *
     * @param after        {@code change.after} or a planned resource's {@code values}
     * @param afterUnknown {@code change.after_unknown}, missing for planned values
     * @param expressions  the configuration resource's {@code expressions}, missing when the plan has none
     */
    static Value.Obj resourceValues(JsonNode after, JsonNode afterUnknown, JsonNode expressions) {
        if (after.isObject() || afterUnknown.isObject()) {
            return object(after, afterUnknown, expressions);
        }
        return new Value.Obj(Map.of(), Value.ObjKind.OBJECT);
    }

    /** A provider's default tags or another configuration expression: its constant, else an unknown reference. */
    static Value expression(JsonNode expression) {
        if (expression.has("constant_value")) {
            return of(expression.get("constant_value"));
        }
        return unknown(expression);
    }

    private static Value merge(JsonNode after, JsonNode unknown, JsonNode expression) {
        if (unknown.isBoolean() && unknown.booleanValue()) {
            return unknown(expression);
        }
        if (after.isObject() || (unknown.isObject() && !after.isNull())) {
            return object(after, unknown, expression);
        }
        if (after.isArray() || (unknown.isArray() && !after.isNull())) {
            return list(after, unknown, expression);
        }
        return scalar(after);
    }

    private static Value.Obj object(JsonNode after, JsonNode unknown, JsonNode expression) {
        Map<String, Value> entries = new LinkedHashMap<>();
        after.fields().forEachRemaining(field -> entries.put(field.getKey(),
                merge(field.getValue(), unknown.path(field.getKey()), Expressions.child(expression, field.getKey()))));
        // Unknown attributes are left out of `after` and only named in `after_unknown`.
        unknown.fields().forEachRemaining(field -> {
            if (!entries.containsKey(field.getKey()) && mentionsUnknown(field.getValue())) {
                entries.put(field.getKey(), merge(MissingNode.getInstance(), field.getValue(),
                        Expressions.child(expression, field.getKey())));
            }
        });
        return new Value.Obj(entries, Value.ObjKind.OBJECT);
    }

    private static Value.Seq list(JsonNode after, JsonNode unknown, JsonNode expression) {
        int size = Math.max(after.size(), unknown.isArray() ? unknown.size() : 0);
        List<Value> elements = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            elements.add(merge(after.path(i), unknown.path(i), Expressions.child(expression, i)));
        }
        return new Value.Seq(elements, Value.SeqKind.LIST);
    }

    private static Value scalar(JsonNode json) {
        if (json.isTextual()) {
            return new Value.Str(json.textValue());
        }
        if (json.isNumber()) {
            return new Value.Num(json.decimalValue());
        }
        if (json.isBoolean()) {
            return Value.Bool.of(json.booleanValue());
        }
        return Value.NULL;
    }

    private static Value.Unknown unknown(JsonNode expression) {
        String reference = Expressions.isExpression(expression) ? Expressions.mostSpecificReference(expression) : null;
        return new Value.Unknown(reference == null ? KNOWN_AFTER_APPLY : reference);
    }

    private static boolean mentionsUnknown(JsonNode unknown) {
        if (unknown.isBoolean()) {
            return unknown.booleanValue();
        }
        for (JsonNode child : unknown) {
            if (mentionsUnknown(child)) {
                return true;
            }
        }
        return false;
    }
}
