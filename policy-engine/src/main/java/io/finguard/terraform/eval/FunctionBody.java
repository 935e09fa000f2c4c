package io.finguard.terraform.eval;

import io.finguard.terraform.Value;

/**
 * The implementation of one built-in function. It raises {@link EvalError} for a user error and lets
 * {@link UnknownOperand} escape when it needs an unknown part of an argument; the evaluator handles both.
 */
@FunctionalInterface
interface FunctionBody {
    Value call(Args args);
}
