package io.finguard.rules.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking one resource's tags against the policy.
 *
 * @param missing       required keys that are not there, in policy order
 * @param caseHints     for a missing key, the key present with other letter case
 * @param invalid       per key that is there, what is wrong with it (empty, not allowed, not propagated)
 * @param notPropagated keys of an autoscaling group's tags that are there but do not propagate at launch (each
 *                      also in {@code invalid})
 * @param unknown       keys whose value cannot be known before apply, each with the expression it depends on
 */
record TagVerdict(List<String> missing, Map<String, String> caseHints, Map<String, String> invalid,
                  List<String> notPropagated, List<String> unknown) {

    /** Something is definitely wrong, whatever the unknown values turn out to be. */
    boolean violated() {
        return !missing.isEmpty() || !invalid.isEmpty();
    }

    /** E.g. {@code missing tags CostCenter, Owner; Environment "production" is not one of dev, staging, prod}. */
    String message() {
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            List<String> keys = missing.stream().map(this::withHint).toList();
            parts.add((missing.size() == 1 ? "missing tag " : "missing tags ") + String.join(", ", keys));
        }
        parts.addAll(invalid.values());
        return String.join("; ", parts);
    }

    private String withHint(String key) {
        String written = caseHints.get(key);
        return written == null ? key : key + " (" + written + " is written; tag keys are case-sensitive)";
    }
}
