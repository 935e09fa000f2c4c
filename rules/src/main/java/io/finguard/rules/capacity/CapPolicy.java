package io.finguard.rules.capacity;

import io.finguard.api.RuleParameters;

import java.util.List;
import java.util.Map;

/**
 * FG201's caps. A {@code per-type} entry is the cap for that type whether or not it launches GPUs: Batch counts
 * vCPUs and EMR counts capacity units, so an instance count such as {@code max-gpu} means nothing there and the
 * team that sets a per-type cap has chosen the number for that unit.
 */
record CapPolicy(int max, int maxGpu, Map<String, Integer> perType) {

    static CapPolicy from(RuleParameters parameters) {
        return new CapPolicy(parameters.integer(AutoscalingMaxCapRule.MAX),
                parameters.integer(AutoscalingMaxCapRule.MAX_GPU),
                parameters.integerMap(AutoscalingMaxCapRule.PER_TYPE));
    }

    /** The cap for a resource, or null when it depends on instance types that are not known. */
    Cap capFor(String type, LaunchedInstanceTypes types) {
        Integer own = perType.get(type);
        if (own != null) {
            return new Cap(own, "the cap of " + own + " for " + type);
        }
        List<String> accelerated = types.accelerated();
        if (!accelerated.isEmpty()) {
            return new Cap(maxGpu, "the GPU cap of " + maxGpu + " (" + String.join(", ", accelerated)
                    + (accelerated.size() == 1 ? " is" : " are") + " accelerated)");
        }
        return types.settled() ? new Cap(max, "the cap of " + max) : null;
    }

    /** Whatever the unknown instance types turn out to be, the cap is at least this… */
    int lowestCap() {
        return Math.min(max, maxGpu);
    }

    /** …and at most this. */
    int highestCap() {
        return Math.max(max, maxGpu);
    }

    /** A cap and how a message names it. */
    record Cap(int value, String label) {
    }
}
