package io.finguard.terraform.eval;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * What evaluation may build and do, so that a scan ends with an error instead of running out of memory or time on
 * hostile or runaway input (ten locals that each join ten copies of the previous one make a string of 10^10
 * characters; nested for-expressions over {@code range(1000)} make a billion elements).
 * <p>
 * Two kinds of limit. Every string and every collection is bounded in size ({@link #MAX_STRING_LENGTH},
 * {@link #MAX_COLLECTION_SIZE}), checked as values are built, so that no single step needs more memory than a few
 * times that. And the total work of a root module is bounded in steps: one per expression evaluated, four per
 * element of a collection that a literal, a for-expression, a splat or a function returns, and one per sixteen
 * characters that a template or function builds (so that the budget bounds what is built, garbage or not, as
 * well as time). The loader creates one budget per root and passes it to every {@link Evaluator} of that root;
 * when it runs out, what is left to evaluate is unknown and one problem says so.
 * <p>
 * The limits are far above what real configurations need: the largest repository of the ten public
 * terraform-aws-modules tried needs 119,000 steps for all its roots together, an eightieth of the default; a 16 MiB
 * string is what the largest file a file function may read gives; Terraform itself refuses a {@code range()} of
 * more than 1024 values. Not thread-safe: one per root, used by one thread at a time.
 */
public final class EvalBudget {

    /** Characters in one string: the size of the largest file {@code file()} reads. */
    public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;
    /** Elements of one list, set or tuple, or entries of one map or object. */
    public static final int MAX_COLLECTION_SIZE = 1024 * 1024;
    /** Steps per root module: seconds, and tens of MB built, whatever the input. */
    public static final long DEFAULT_MAX_STEPS = 10_000_000L;

    // the messages are made once: after the steps run out, every expression left raises one
    private static final String TOO_LONG = "evaluation limit: a string longer than " + format(MAX_STRING_LENGTH)
            + " characters";
    private static final String TOO_LARGE = "evaluation limit: a collection of more than "
            + format(MAX_COLLECTION_SIZE) + " elements";

    private final long maxSteps;
    // Made when the steps first run out, not up front: loading a variable's default builds an evaluator, and with
    // it a budget, per declaration; formatting this message for each took 5 % of a load's CPU (JFR).
    private LimitExceeded outOfSteps;
    private long steps;
    private boolean exhaustionReported;

    /** A budget with the default limit, for one root module. */
    public EvalBudget() {
        this(DEFAULT_MAX_STEPS);
    }

    public EvalBudget(long maxSteps) {
        if (maxSteps <= 0) {
            throw new IllegalArgumentException("maxSteps must be positive: " + maxSteps);
        }
        this.maxSteps = maxSteps;
    }

    /** Steps taken so far. */
    public long steps() {
        return steps;
    }

    /** True once the steps have run out: everything evaluated since is unknown. */
    public boolean exhausted() {
        return steps > maxSteps;
    }

    /** Takes {@code n} steps; raises {@link LimitExceeded} when there are not that many left. */
    void charge(long n) {
        steps += n;
        if (steps > maxSteps) {
            // one instance, thrown again and again: it has no stack trace to go stale
            if (outOfSteps == null) {
                outOfSteps = new LimitExceeded("evaluation limit: this root module needs more than "
                        + format(maxSteps) + " evaluation steps; what is left of it is not evaluated (unknown)", true);
            }
            throw outOfSteps;
        }
    }

    /** Takes the steps for building {@code elements} elements and {@code characters} characters. */
    void chargeBuilt(long elements, long characters) {
        charge(elements * 4 + (characters >>> 4));
    }

    /** True the first time it is asked after the steps ran out: that problem is reported once per root. */
    boolean reportExhaustion() {
        if (exhaustionReported) {
            return false;
        }
        exhaustionReported = true;
        return true;
    }

    /** Raises {@link LimitExceeded} when a string being built has grown past the limit. */
    static void checkLength(long length) {
        if (length > MAX_STRING_LENGTH) {
            throw new LimitExceeded(TOO_LONG, false);
        }
    }

    /** Raises {@link LimitExceeded} when a collection being built has grown past the limit. */
    static void checkSize(long size) {
        if (size > MAX_COLLECTION_SIZE) {
            throw new LimitExceeded(TOO_LARGE, false);
        }
    }

    private static String format(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
}
