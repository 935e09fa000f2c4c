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

    /** Null when the resource has no upper bound to check (the block or argument is absent). */
    CapacityVerdict check(Resource resource, ScalingBounds bounds) {
        Value maxValue = bounds.read(resource, bounds.max());
        if (maxValue == null) {
            return null;
        }
        CapacityVerdict verdict = new CapacityVerdict();
        BigDecimal max = Scalars.number(maxValue);
        if (max == null) {
            verdict.unknown(bounds.label(bounds.max()), maxValue);
            return verdict;
        }
        String maxLabel = bounds.label(bounds.max());
        LaunchedInstanceTypes types = finder.find(resource);
        CapPolicy.Cap cap = policy.capFor(resource.type(), types);
        int fixTo;
        if (cap != null) {
            fixTo = cap.value();
            if (max.compareTo(BigDecimal.valueOf(cap.value())) > 0) {
                verdict.problem(bounds.path(bounds.max()), maxLabel + " " + text(max) + " is above " + cap.label());
                verdict.capExceeded(true);
            }
        } else {
            fixTo = policy.highestCap();
            if (max.compareTo(BigDecimal.valueOf(policy.highestCap())) > 0) {
                verdict.problem(bounds.path(bounds.max()), maxLabel + " " + text(max) + " is above the cap of "
                        + policy.highestCap() + ", whatever its instance types");
                verdict.capExceeded(true);
                verdict.notFixable("its instance types are unknown, so the cap may be " + policy.lowestCap());
            } else if (max.compareTo(BigDecimal.valueOf(policy.lowestCap())) > 0) {
                verdict.unknownReason("instance types (" + String.join(", ", types.unknownSources())
                        + ") decide whether " + maxLabel + " " + text(max) + " is above the GPU cap");
            }
        }
        for (String argument : new String[]{bounds.min(), bounds.desired()}) {
            Value value = bounds.read(resource, argument);
            if (value == null) {
                continue;
            }
            BigDecimal number = Scalars.number(value);
            if (number == null) {
                verdict.unknown(bounds.label(argument), value);
                verdict.notFixable(bounds.label(argument) + " is unknown");
            } else if (number.compareTo(max) > 0) {
                verdict.problem(bounds.path(argument), bounds.label(argument) + " " + text(number) + " is above "
                        + maxLabel + " " + text(max));
            } else if (number.compareTo(BigDecimal.valueOf(fixTo)) > 0) {
                verdict.notFixable(bounds.label(argument) + " " + text(number) + " would be above the cap of "
                        + fixTo);
            }
        }
        if (resource.syntax() == null) {
            verdict.notFixable("the resource is known only from the plan");
        }
        return verdict;
    }

    private static String text(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
