package io.finguard.rules.tags;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code finguard fix} may do about one resource's tags, wherever it writes them: the missing keys it inserts
 * (with their {@code fix-values}), the autoscaling-group tags it makes propagate at launch, and why it leaves the
 * rest alone. A fix does what it can and the rest stays a finding that says why: inserting the keys that have a
 * value never depends on the ones that have none.
 *
 * @param insert    missing key to the value to insert, in policy order
 * @param propagate keys of autoscaling-group tags to set {@code propagate_at_launch = true} on
 * @param leftAlone why each remaining problem is not fixed
 */
record TagRepair(Map<String, String> insert, List<String> propagate, List<String> leftAlone) {

    TagRepair {
        insert = Collections.unmodifiableMap(new LinkedHashMap<>(insert));
        propagate = List.copyOf(propagate);
        leftAlone = List.copyOf(leftAlone);
    }

    static TagRepair of(TagVerdict verdict, TagPolicy policy) {
        Map<String, String> insert = new LinkedHashMap<>();
        List<String> leftAlone = new ArrayList<>();
        List<String> noValue = new ArrayList<>();
        for (String key : verdict.missing()) {
            String written = verdict.caseHints().get(key);
            String value = policy.fillValue(key);
            if (written != null) {
                // inserting Owner beside owner would leave two tags; the user means to rename it
                leftAlone.add(written + " is written where " + key + " is required: rename it (tag keys are "
                        + "case-sensitive)");
            } else if (value != null) {
                insert.put(key, value);
            } else if (!policy.fixValues().containsKey(key)) {
                noValue.add(key);
            } else {
                leftAlone.add(policy.whyNotFilled(key));
            }
        }
        if (!noValue.isEmpty()) {
            leftAlone.add(0, "no fix-values entry for " + String.join(", ", noValue));
        }
        verdict.invalid().forEach((key, problem) -> {
            if (!verdict.notPropagated().contains(key)) {
                // the finding's message already states the problem; the reason says which tag and why it stays
                leftAlone.add(key + " is written in the configuration, and finguard does not change a written tag "
                        + "value");
            }
        });
        return new TagRepair(insert, verdict.notPropagated(), leftAlone);
    }

    /** This repair with more reasons to leave something alone, found while writing it. */
    TagRepair leaving(List<String> more) {
        List<String> all = new ArrayList<>(leftAlone);
        all.addAll(more);
        return new TagRepair(insert, propagate, all);
    }

    /** Why the rest is left alone, as one sentence; null when nothing is. */
    String leftAloneReason() {
        return leftAlone.isEmpty() ? null : String.join("; ", leftAlone);
    }

    /** What the fix writes, for telling whether the instances of one block need the same edit. */
    String wanted() {
        List<String> parts = new ArrayList<>();
        if (!insert.isEmpty()) {
            parts.add("tags " + String.join(", ", insert.keySet()));
        }
        if (!propagate.isEmpty()) {
            parts.add("propagate_at_launch for " + String.join(", ", propagate));
        }
        return parts.isEmpty() ? "no tag finguard can add" : String.join(" and ", parts);
    }
}
