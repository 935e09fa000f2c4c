package io.finguard.rego;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.finguard.rego.value.Json;
import io.finguard.rego.value.Value;
import java.util.List;
import java.util.Map;

/**
 * The solutions of a query, in the shape {@code opa eval} prints:
 * {@code {"result":[{"expressions":[{"value":..,"text":..,"location":..}],"bindings":{..}}]}}.
 */
public record QueryResult(List<Expression> expressions, List<Solution> solutions) {

    /** An expression of the query as written, and where (1-based row and column in the query text). */
    public record Expression(String text, int row, int col) {
    }

    /** One solution: each expression's value and the query's variables. */
    public record Solution(List<Value> expressions, Map<String, Value> bindings) {
    }

    public boolean isEmpty() {
        return solutions.isEmpty();
    }

    /** OPA's JSON shape; an undefined query prints {@code {}} as {@code opa eval} does. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        if (solutions.isEmpty()) {
            return root;
        }
        ArrayNode result = root.putArray("result");
        for (Solution s : solutions) {
            ObjectNode r = result.addObject();
            ArrayNode exprs = r.putArray("expressions");
            for (int i = 0; i < s.expressions().size(); i++) {
                ObjectNode e = exprs.addObject();
                Value v = s.expressions().get(i);
                e.set("value", v == null ? f.booleanNode(true) : Json.toNode(v));
                Expression written = expressions.get(i);
                e.put("text", written.text());
                ObjectNode loc = e.putObject("location");
                loc.put("row", written.row());
                loc.put("col", written.col());
            }
            if (!s.bindings().isEmpty()) {
                ObjectNode b = r.putObject("bindings");
                s.bindings().forEach((k, v) -> b.set(k, Json.toNode(v)));
            }
        }
        return root;
    }
}
