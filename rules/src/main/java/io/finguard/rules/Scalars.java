package io.finguard.rules;

import io.finguard.terraform.Value;

import java.math.BigDecimal;

/** Known scalar values as text and as numbers, converted the way Terraform converts them between types. */
public final class Scalars {

    private Scalars() {
    }

    /** The string of a known string, number or bool; null for anything else (null, collections, unknowns). */
    public static String text(Value value) {
        if (value instanceof Value.Str s) {
            return s.value();
        }
        if (value instanceof Value.Num n) {
            return n.value().stripTrailingZeros().toPlainString();
        }
        if (value instanceof Value.Bool b) {
            return Boolean.toString(b.value());
        }
        return null;
    }

    /** The number of a known number or numeric string ({@code "20"} from a string variable); null otherwise. */
    public static BigDecimal number(Value value) {
        if (value instanceof Value.Num n) {
            return n.value();
        }
        if (value instanceof Value.Str s) {
            try {
                return new BigDecimal(s.value().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
