package io.finguard.hcl;

/** A block label, {@code "quoted"} or bare; {@code value} has escapes resolved and quotes removed. */
public record BlockLabel(String value, boolean quoted, Range range) implements Node {
}
