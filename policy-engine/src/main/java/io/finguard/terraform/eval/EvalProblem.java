package io.finguard.terraform.eval;

import io.finguard.hcl.Range;

/**
 * A user error found while evaluating (type mismatch, index out of range, division by zero, ...): where it is and
 * what is wrong. The expression that caused it evaluates to unknown, so one bad expression never stops a scan.
 */
public record EvalProblem(Range range, String message) {
}
