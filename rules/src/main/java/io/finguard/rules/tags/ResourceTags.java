package io.finguard.rules.tags;

import java.util.Set;

/** The tags a resource ends up with, as far as they can be known before apply. */
public interface ResourceTags {

    /** What the tags say about this key (case-sensitive, as AWS compares tag keys). */
    TagLookup lookup(String key);

    /** The keys known to be present, to point out a key that differs from a required one only in case. */
    Set<String> knownKeys();
}
