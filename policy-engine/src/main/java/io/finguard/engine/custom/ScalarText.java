package io.finguard.engine.custom;

import io.finguard.terraform.Value;

import java.math.BigDecimal;

/**
 * Scalars as text and numbers, converting the way Terraform does between string, number and bool, so that
 * {@code equals: 500} matches both {@code volume_size = 500} and {@code volume_size = "500"}.
 */
final class ScalarText {

    private ScalarText() {
    }

    /** The value's text when it is a string, number or bool; else null. */
    static String of(Value v) {
        if (v instanceof Value.Str s) {
            return canonical(s.value());
        }
        if (v instanceof Value.Num n) {
            return n.value().stripTrailingZeros().toPlainString();
        }
        return v instanceof Value.Bool b ? Boolean.toString(b.value()) : null;
    }

    /** A number written as text ("500", "5e2", "500.0") in one spelling, so that equal numbers compare equal. */
    static String canonical(String text) {
        BigDecimal n = number(text);
        return n == null ? text : n.stripTrailingZeros().toPlainString();
    }

    /** The value as a number when it is one or is a string that reads as one; else null. */
    static BigDecimal number(Value v) {
        if (v instanceof Value.Num n) {
            return n.value();
        }
        return v instanceof Value.Str s ? number(s.value()) : null;
    }

    static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
