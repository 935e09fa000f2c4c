package io.finguard.engine;

import io.finguard.api.Fix;
import io.finguard.api.TextEdit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one fix of a place whose instances each carry a fix (decision 075, 076): the same edits written once, or,
 * when each instance's value is set in its own place (each caller's {@code module} block), all of their edits
 * together, as long as none of them touches text another one changes. Edits that overlap mean the instances want
 * different things of the same text: then there is no fix for all of them.
 */
final class InstanceFixes {

    private static final int MAX_DESCRIBED = 2;

    private InstanceFixes() {
    }

    /** The union, or null when an instance has no fix or two edits overlap. */
    static Fix union(List<Fix> fixes) {
        Set<TextEdit> edits = new LinkedHashSet<>();
        Set<String> descriptions = new LinkedHashSet<>();
        for (Fix fix : fixes) {
            if (fix == null) {
                return null;
            }
            edits.addAll(fix.edits());
            descriptions.add(fix.description());
        }
        List<TextEdit> all = new ArrayList<>(edits);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).overlaps(all.get(j))) {
                    return null;
                }
            }
        }
        return new Fix(description(List.copyOf(descriptions)), all);
    }

    /** The instances' descriptions, the first few of them: a module called from 28 roots makes 28 alike. */
    private static String description(List<String> descriptions) {
        if (descriptions.size() <= MAX_DESCRIBED) {
            return String.join("; ", descriptions);
        }
        return String.join("; ", descriptions.subList(0, MAX_DESCRIBED)) + "; and "
                + (descriptions.size() - MAX_DESCRIBED) + " more like them";
    }
}
