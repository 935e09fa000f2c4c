package io.finguard.hcl;

import java.util.List;

/**
 * {@code type "label" label2 { body }}. {@code openBrace} and {@code closeBrace} are the ranges of the brace
 * tokens (used to place inserted text); the range spans from the type to the closing brace.
 */
public record Block(String type, Range typeRange, List<BlockLabel> labels, Body body,
                    Range openBrace, Range closeBrace, Range range) implements BodyItem {

    /** The label values, unquoted. */
    public List<String> labelValues() {
        // called for every block of every file: the common sizes without a stream
        if (labels.isEmpty()) {
            return List.of();
        }
        if (labels.size() == 1 && labels.get(0).value() != null) {
            return List.of(labels.get(0).value());
        }
        if (labels.size() == 2 && labels.get(0).value() != null && labels.get(1).value() != null) {
            return List.of(labels.get(0).value(), labels.get(1).value());
        }
        return labels.stream().map(BlockLabel::value).toList();
    }

    /** Range of the header: from the type to the opening brace inclusive. */
    public Range headerRange() {
        return typeRange.to(openBrace);
    }
}
