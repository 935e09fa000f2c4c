package io.finguard.terraform.eval;

import io.finguard.hcl.Expression;
import io.finguard.terraform.Value;

/**
 * How templates and comprehensions evaluate their sub-expressions: through the evaluator's entry point, which
 * records problems and gives unknowns their source text.
 */
@FunctionalInterface
interface ScopedEvaluation {
    Value eval(Expression expression, Scope scope);
}
