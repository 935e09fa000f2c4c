package io.finguard.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Terraform's JSON rendering of configuration expressions. An expression is {@code {"constant_value": …}} when it
 * needs nothing to evaluate, {@code {"references": […]}} when it refers to something, or {@code {}}. A block body is
 * an object of expressions by argument name, and a nested block is a list of bodies. References are listed most
 * specific first for each referenced object ({@code ["aws_s3_bucket.data.id", "aws_s3_bucket.data"]}) and are
 * relative to the module the expression is written in.
 */
final class Expressions {

    /** Reference roots that only carry values from elsewhere. */
    private static final List<String> CARRIERS =
            List.of("var.", "local.", "each.", "count.", "path.", "terraform.");

    private Expressions() {
    }

    /** True for an expression node, as opposed to a block body or a list of blocks. */
    static boolean isExpression(JsonNode node) {
        return node.isObject() && (node.isEmpty() || node.has("references") || node.has("constant_value"));
    }

    /**
     * The reference that best names where an unknown value comes from, or null when there is none. Every unknown
     * stems from a resource, a data source or a module output; variables, locals and {@code each}/{@code count}
     * only carry it along (in the root module they are always known), so references to the former are preferred:
     * {@code merge(local.tags, {Name = aws_x.y.id})} is unknown because of {@code aws_x.y.id}. Among equals the
     * longest is the most specific, since Terraform lists {@code aws_s3_bucket.data.id}, then
     * {@code aws_s3_bucket.data}.
     */
    static String mostSpecificReference(JsonNode expression) {
        String best = null;
        boolean bestIsOrigin = false;
        for (JsonNode node : expression.path("references")) {
            if (!node.isTextual()) {
                continue;
            }
            String ref = node.asText();
            boolean isOrigin = CARRIERS.stream().noneMatch(ref::startsWith);
            if (best == null || (isOrigin && !bestIsOrigin)
                    || (isOrigin == bestIsOrigin && ref.length() > best.length())) {
                best = ref;
                bestIsOrigin = isOrigin;
            }
        }
        return best;
    }

    /** Every reference anywhere under a node (an expression, a block body or a list of blocks), first-seen order. */
    static List<String> allReferences(JsonNode node) {
        Set<String> refs = new LinkedHashSet<>();
        collect(node, refs);
        return List.copyOf(new ArrayList<>(refs));
    }

    private static void collect(JsonNode node, Set<String> refs) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, refs));
        } else if (isExpression(node)) {
            node.path("references").forEach(ref -> {
                if (ref.isTextual()) {
                    refs.add(ref.asText());
                }
            });
        } else if (node.isObject()) {
            node.forEach(child -> collect(child, refs));
        }
    }

    /**
     * The expression that produced attribute {@code key} of the value produced by {@code node}. Once an
     * expression is reached it covers everything nested in its value ({@code tags = {Name = aws_x.y.id}}).
     */
    static JsonNode child(JsonNode node, String key) {
        if (isExpression(node)) {
            return node;
        }
        return node.isObject() ? node.path(key) : MissingNode.getInstance();
    }

    /** The expression that produced element {@code index}: the index-th block of a nested block list. */
    static JsonNode child(JsonNode node, int index) {
        if (isExpression(node)) {
            return node;
        }
        return node.isArray() ? node.path(index) : MissingNode.getInstance();
    }
}
