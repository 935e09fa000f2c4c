package io.finguard.api;

/** The shapes a rule parameter can take in {@code finguard.yml}; the config loader checks values against them. */
public enum ParameterType {
    /** A whole number. */
    INTEGER,
    /** true or false. */
    BOOLEAN,
    /** Any string. */
    STRING,
    /** A Java regular expression; an invalid one is a configuration error. */
    REGEX,
    /** A list of strings. */
    STRING_LIST,
    /** A map from string keys to whole numbers. */
    INTEGER_MAP,
    /** A map from string keys to strings. */
    STRING_MAP,
    /** A map from string keys to either a list of strings or a regular expression string (FG101 allowed-values). */
    VALUES_OR_PATTERN_MAP
}
