package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Num;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numeric functions, exact on BigDecimal wherever the result is exact. */
final class NumberFunctions {

    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Beyond this an exact power would be enormous; fall back to floating point like Terraform's big floats. */
    private static final int MAX_EXACT_EXPONENT = 1000;

    private NumberFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("min", 1, FunctionSpec.VARIADIC, a -> extreme(a, -1));
        t.add("max", 1, FunctionSpec.VARIADIC, a -> extreme(a, 1));
        t.add("abs", 1, a -> new Num(a.num(0).abs()));
        t.add("ceil", 1, a -> new Num(a.num(0).setScale(0, RoundingMode.CEILING)));
        t.add("floor", 1, a -> new Num(a.num(0).setScale(0, RoundingMode.FLOOR)));
        t.add("signum", 1, a -> Num.of(a.num(0).signum()));
        t.add("pow", 2, a -> new Num(pow(a.num(0), a.num(1))));
        t.add("log", 2, a -> new Num(log(a.num(0), a.num(1))));
        t.add("parseint", 2, a -> new Num(new BigDecimal(parseInt(a.str(0), a.integer(1)))));
    }

    private static Value extreme(Args a, int direction) {
        BigDecimal best = a.num(0);
        for (int i = 1; i < a.size(); i++) {
            BigDecimal n = a.num(i);
            if (n.compareTo(best) * direction > 0) {
                best = n;
            }
        }
        return new Num(best);
    }

    static BigDecimal pow(BigDecimal base, BigDecimal exponent) {
        boolean integral = exponent.stripTrailingZeros().scale() <= 0;
        if (integral && exponent.abs().compareTo(BigDecimal.valueOf(MAX_EXACT_EXPONENT)) <= 0) {
            int n = exponent.intValueExact();
            if (n >= 0) {
                return base.pow(n);
            }
            if (base.signum() == 0) {
                throw new EvalError("zero cannot be raised to a negative power");
            }
            return Operators.divide(BigDecimal.ONE, base.pow(-n));
        }
        return fromDouble(Math.pow(base.doubleValue(), exponent.doubleValue()));
    }

    private static BigDecimal log(BigDecimal n, BigDecimal base) {
        return fromDouble(Math.log(n.doubleValue()) / Math.log(base.doubleValue()));
    }

    private static BigDecimal fromDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new EvalError("the result is not a finite number");
        }
        // the shortest decimal that round-trips, which is how Terraform prints such results
        return new BigDecimal(Double.toString(d), MathContext.UNLIMITED);
    }

    /**
     * Go's big.Int parsing as Terraform's parseint uses it: bases 2 to 62, letters case-insensitive up to base
     * 36 and lower case before upper case above it.
     */
    static BigInteger parseInt(String text, int base) {
        if (base < 2 || base > 62) {
            throw new EvalError("the base must be between 2 and 62, got " + base);
        }
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (digits.isEmpty()) {
            throw new EvalError("cannot parse \"" + text + "\" as a base " + base + " integer");
        }
        BigInteger radix = BigInteger.valueOf(base);
        BigInteger result = BigInteger.ZERO;
        for (char c : digits.toCharArray()) {
            char normalized = base <= 36 ? Character.toLowerCase(c) : c;
            int digit = DIGITS.indexOf(normalized);
            if (digit < 0 || digit >= base) {
                throw new EvalError("cannot parse \"" + text + "\" as a base " + base + " integer");
            }
            result = result.multiply(radix).add(BigInteger.valueOf(digit));
        }
        return text.startsWith("-") ? result.negate() : result;
    }
}
