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
        return labels.stream().map(BlockLabel::value).toList();
    }

    /** Range of the header: from the type to the opening brace inclusive. */
    public Range headerRange() {
        return typeRange.to(openBrace);
    }
}
