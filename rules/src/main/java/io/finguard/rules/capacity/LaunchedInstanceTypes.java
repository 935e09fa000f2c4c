package io.finguard.rules.capacity;

import java.util.List;
import java.util.Set;

/**
 * The instance types a resource launches, as far as they are known before apply.
 *
 * @param known          the literal instance types found
 * @param unknownSources the expressions that hide further types (an unknown {@code instance_type}, a launch
 *                       template that is not in the configuration)
 */
record LaunchedInstanceTypes(Set<String> known, List<String> unknownSources) {

    List<String> accelerated() {
        return known.stream().filter(AcceleratedInstanceTypes::isAccelerated).toList();
    }

    /** Whether the GPU cap applies is settled: a known accelerated type settles it, as does knowing every type. */
    boolean settled() {
        return !accelerated().isEmpty() || unknownSources.isEmpty();
    }
}
