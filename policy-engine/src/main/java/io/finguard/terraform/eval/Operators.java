package io.finguard.terraform.eval;

import io.finguard.hcl.Expression.Operator;
import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Bool;
import io.finguard.terraform.Value.Num;
import io.finguard.terraform.Value.Unknown;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The arithmetic, comparison and equality operators on already evaluated operands. The logical operators are
 * not here: they short-circuit, so the evaluator decides whether to evaluate their right side at all.
 */
final class Operators {

    /**
     * Precision for divisions that do not terminate. Terraform computes with 512-bit binary floats; 34 decimal
     * digits is far beyond what a configuration value needs and keeps results stable.
     */
    private static final MathContext DIVISION = MathContext.DECIMAL128;

    private Operators() {
    }

    static Value binary(Operator op, Value left, Value right) {
        switch (op) {
            case EQ, NE -> {
                Boolean eq = Equality.equal(left, right);
                if (eq == null) {
                    return new Unknown("");
                }
                return Bool.of(op == Operator.EQ ? eq : !eq);
            }
            default -> {
                BigDecimal a = Conversions.toNum(left);
                BigDecimal b = Conversions.toNum(right);
                return arithmeticOrComparison(op, a, b);
            }
        }
    }

    private static Value arithmeticOrComparison(Operator op, BigDecimal a, BigDecimal b) {
        return switch (op) {
            case LT -> Bool.of(a.compareTo(b) < 0);
            case LE -> Bool.of(a.compareTo(b) <= 0);
            case GT -> Bool.of(a.compareTo(b) > 0);
            case GE -> Bool.of(a.compareTo(b) >= 0);
            case ADD -> new Num(a.add(b));
            case SUB -> new Num(a.subtract(b));
            case MUL -> new Num(a.multiply(b));
            case DIV -> new Num(divide(a, b));
            case MOD -> {
                if (b.signum() == 0) {
                    throw new EvalError("modulo by zero");
                }
                // truncated remainder: the sign follows the dividend, as in Terraform
                yield new Num(a.remainder(b));
            }
            default -> throw new IllegalArgumentException("not a binary arithmetic operator: " + op);
        };
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw new EvalError("division by zero");
        }
        try {
            return a.divide(b);
        } catch (ArithmeticException nonTerminating) {
            return a.divide(b, DIVISION);
        }
    }

    static Value unary(Operator op, Value operand) {
        return switch (op) {
            case NEG -> new Num(Conversions.toNum(operand).negate());
            case NOT -> Bool.of(!Conversions.toBool(operand));
            default -> throw new IllegalArgumentException("not a unary operator: " + op);
        };
    }
}
