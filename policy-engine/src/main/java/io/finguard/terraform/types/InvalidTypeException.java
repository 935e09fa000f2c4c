package io.finguard.terraform.types;

import io.finguard.hcl.Range;

/** A {@code type} expression that is not a type constraint: where, and Terraform's explanation. */
public final class InvalidTypeException extends Exception {

    private final transient Range range;

    public InvalidTypeException(Range range, String message) {
        super(message);
        this.range = range;
    }

    /** The part of the expression that is wrong. */
    public Range range() {
        return range;
    }
}
