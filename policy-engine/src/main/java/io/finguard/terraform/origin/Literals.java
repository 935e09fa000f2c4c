package io.finguard.terraform.origin;

import io.finguard.hcl.Expression;

/** What counts as a literal: a value written as itself, which a fix may overwrite since nothing else decides it. */
public final class Literals {

    private Literals() {
    }

    /** A number, bool, null or string without interpolation, as written (a negative number included). */
    public static boolean isLiteral(Expression e) {
        return e instanceof Expression.NumberLiteral || e instanceof Expression.BoolLiteral
                || e instanceof Expression.NullLiteral
                || e instanceof Expression.Template t && t.heredoc() == null && t.literalValue() != null
                || e instanceof Expression.Unary u && u.operand() instanceof Expression.NumberLiteral
                || e instanceof Expression.Parens p && isLiteral(p.inner());
    }
}
