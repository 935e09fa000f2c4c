package io.finguard.rules.tags;

/**
 * What a resource's effective tags say about one key.
 *
 * @param kind   whether the key is there, absent, unknowable before apply, or there but not propagated
 * @param value  the value when {@link Kind#PRESENT} or {@link Kind#NOT_PROPAGATED}, else null
 * @param source the expression the value depends on when {@link Kind#UNKNOWN}, else null
 */
public record TagLookup(Kind kind, String value, String source) {

    public enum Kind { PRESENT, ABSENT, UNKNOWN, NOT_PROPAGATED }

    static final TagLookup ABSENT = new TagLookup(Kind.ABSENT, null, null);

    static TagLookup present(String value) {
        return new TagLookup(Kind.PRESENT, value, null);
    }

    static TagLookup unknown(String source) {
        return new TagLookup(Kind.UNKNOWN, null, source);
    }

    static TagLookup notPropagated(String value) {
        return new TagLookup(Kind.NOT_PROPAGATED, value, null);
    }
}
