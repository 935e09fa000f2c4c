package io.finguard.hcl;

/**
 * {@code name = value}. The range spans from the name to the end of the value expression (no trailing newline or
 * comment).
 */
public record Attribute(String name, Range nameRange, Expression value, Range range) implements BodyItem {
}
