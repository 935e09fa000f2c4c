package io.finguard.rules.tags;

import io.finguard.api.RuleParameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tags FG101 requires and the values it allows, from the rule's parameters.
 *
 * @param required  tag keys, case-sensitive
 * @param allowed   per key, a {@code List<String>} of allowed values or a {@link Pattern} the whole value must match
 * @param fixValues per key, the value {@code finguard fix} inserts when the key is missing
 */
record TagPolicy(List<String> required, Map<String, Object> allowed, Map<String, String> fixValues) {

    static TagPolicy from(RuleParameters parameters) {
        return new TagPolicy(parameters.stringList(MandatoryTagsRule.REQUIRED_TAGS),
                parameters.valuesOrPatternMap(MandatoryTagsRule.ALLOWED_VALUES),
                parameters.stringMap(MandatoryTagsRule.FIX_VALUES));
    }

    TagVerdict check(ResourceTags tags) {
        List<String> missing = new ArrayList<>();
        Map<String, String> invalid = new LinkedHashMap<>();
        List<String> notPropagated = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String key : required) {
            TagLookup lookup = tags.lookup(key);
            switch (lookup.kind()) {
                case ABSENT -> missing.add(key);
                case UNKNOWN -> unknown.add(key + " (" + lookup.source() + ")");
                case NOT_PROPAGATED -> {
                    invalid.put(key, "tag " + key + " does not propagate at launch");
                    notPropagated.add(key);
                }
                case PRESENT -> {
                    String problem = problem(key, lookup.value());
                    if (problem != null) {
                        invalid.put(key, problem);
                    }
                }
            }
        }
        return new TagVerdict(missing, caseHints(missing, tags), invalid, notPropagated, unknown);
    }

    /** What is wrong with this value of a required key, or null when it is fine. */
    String problem(String key, String value) {
        if (value == null || value.isBlank()) {
            return key + " is empty";
        }
        Object rule = allowed.get(key);
        if (rule instanceof Pattern pattern && !pattern.matcher(value).matches()) {
            return key + " \"" + value + "\" does not match " + pattern.pattern();
        }
        if (rule instanceof List<?> values && !values.contains(value)) {
            return key + " \"" + value + "\" is not one of " + String.join(", ", values.stream()
                    .map(String::valueOf).toList());
        }
        return null;
    }

    /**
     * The value a fix inserts for a missing key, or null when there is none: no {@code fix-values} entry, or one
     * that the policy itself would reject.
     */
    String fillValue(String key) {
        String value = fixValues.get(key);
        return value != null && problem(key, value) == null ? value : null;
    }

    /** Why a fix cannot insert this missing key (null when it can), in words a user can act on. */
    String whyNotFilled(String key) {
        String value = fixValues.get(key);
        if (value == null) {
            return "no fix-values entry for " + key;
        }
        String problem = problem(key, value);
        return problem == null ? null : "the fix-values entry for " + key + " is not allowed: " + problem;
    }

    /** For each missing key written with another case ({@code costcenter}), the key as written. */
    private static Map<String, String> caseHints(List<String> missing, ResourceTags tags) {
        Map<String, String> hints = new LinkedHashMap<>();
        for (String key : missing) {
            for (String present : tags.knownKeys()) {
                if (present.equalsIgnoreCase(key)) {
                    hints.put(key, present);
                }
            }
        }
        return hints;
    }
}
