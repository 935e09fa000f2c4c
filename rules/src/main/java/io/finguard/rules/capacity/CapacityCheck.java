package io.finguard.rules.capacity;

import io.finguard.rules.Scalars;
import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;

import java.math.BigDecimal;

/** Checks one scaling resource's bounds against its cap and against each other. */
final class CapacityCheck {

    private final CapPolicy policy;
    private final InstanceTypeFinder finder;

    CapacityCheck(CapPolicy policy, InstanceTypeFinder finder) {
        this.policy = policy;
        this.finder = finder;
    }

    /** Null when the resource has no upper bound to check (the block or argument is absent, or not a number). */
    CapacityVerdict check(Resource resource, ScalingBounds bounds) {
        Value maxValue = bounds.read(resource, bounds.max());
        BigDecimal max = Scalars.number(maxValue);
        CapacityVerdict verdict = new CapacityVerdict();
        if (maxValue instanceof Value.Unknown) {
            verdict.unknown(bounds.label(bounds.max()), maxValue);
            return verdict;
        }
        if (max == null) {
            return null;
        }
        int fixTo = checkCap(resource, bounds, max, verdict);
        verdict.fixTo(fixTo);
        checkWithinMax(resource, bounds, max, fixTo, verdict);
        if (resource.syntax() == null) {
            verdict.notFixable("the resource is known only from the plan");
        }
        return verdict;
    }

    /** Compares the upper bound with the cap; returns the value a fix would set it to. */
    private int checkCap(Resource resource, ScalingBounds bounds, BigDecimal max, CapacityVerdict verdict) {
        String maxText = bounds.label(bounds.max()) + " " + text(max);
        LaunchedInstanceTypes types = finder.find(resource);
        CapPolicy.Cap cap = policy.capFor(resource.type(), types);
        if (cap != null) {
            if (max.compareTo(BigDecimal.valueOf(cap.value())) > 0) {
                verdict.capExceeded(bounds.path(bounds.max()), maxText + " is above " + cap.label());
            }
            return cap.value();
        }
        // the instance types are unknown: only a bound above both caps, or below both, is settled
        if (max.compareTo(BigDecimal.valueOf(policy.highestCap())) > 0) {
            verdict.capExceeded(bounds.path(bounds.max()), maxText + " is above the cap of " + policy.highestCap()
                    + ", whatever its instance types");
            verdict.notFixable("its instance types are unknown, so the cap may be " + policy.lowestCap());
        } else if (max.compareTo(BigDecimal.valueOf(policy.lowestCap())) > 0) {
            verdict.unknownReason("instance types (" + String.join(", ", types.unknownSources())
                    + ") decide whether " + maxText + " is above the GPU cap");
        }
        return policy.highestCap();
    }

    /** Min and desired stay at or below the upper bound, and at or below the value a fix would give it. */
    private static void checkWithinMax(Resource resource, ScalingBounds bounds, BigDecimal max, int fixTo,
                                       CapacityVerdict verdict) {
        for (String argument : new String[]{bounds.min(), bounds.desired()}) {
            Value value = bounds.read(resource, argument);
            if (value == null) {
                continue;
            }
            BigDecimal number = Scalars.number(value);
            String label = bounds.label(argument);
            if (number == null) {
                verdict.unknown(label, value);
                verdict.notFixable(label + " is unknown");
            } else if (number.compareTo(max) > 0) {
                verdict.problem(bounds.path(argument), label + " " + text(number) + " is above "
                        + bounds.label(bounds.max()) + " " + text(max));
            } else if (number.compareTo(BigDecimal.valueOf(fixTo)) > 0) {
                verdict.notFixable(label + " " + text(number) + " would be above the cap of " + fixTo);
            }
        }
    }

    private static String text(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
