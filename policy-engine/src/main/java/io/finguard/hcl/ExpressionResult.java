package io.finguard.hcl;

import java.util.List;

/** A parsed stand-alone expression or template, with the problems found (empty when it is well-formed). */
public record ExpressionResult(Expression expression, List<Diagnostic> diagnostics) {

    public boolean hasErrors() {
        return !diagnostics.isEmpty();
    }
}
