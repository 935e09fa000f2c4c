package io.finguard.rules.tags;

import java.util.Set;

/** The tags a resource ends up with, as far as they can be known before apply. */
public interface ResourceTags {

    /** What the tags say about this key (case-sensitive, as AWS compares tag keys). */
    TagLookup lookup(String key);

    /** The keys known to be present, to point out a key that differs from a required one only in case. */
    Set<String> knownKeys();

    /**
     * Where a finding about {@code key}'s value points ({@code RuleContext.locate} steps): the {@code tags} map by
     * default; an autoscaling group's {@code tag} block that holds the key.
     */
    default String[] where(String key) {
        return new String[]{TagsMapEdit.TAGS};
    }
}
