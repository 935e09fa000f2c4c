package io.finguard.api;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A rule's effective parameters: its defaults overlaid with the config, already checked against the
 * {@link ParameterSpec}s, so these accessors never see a wrong type. Asking for an undeclared name is a bug in the
 * rule and throws {@link IllegalArgumentException}.
 */
public interface RuleParameters {

    int integer(String name);

    boolean bool(String name);

    String string(String name);

    Pattern regex(String name);

    List<String> stringList(String name);

    Map<String, Integer> integerMap(String name);

    Map<String, String> stringMap(String name);

    /** For {@link ParameterType#VALUES_OR_PATTERN_MAP}: each value is a {@code List<String>} or a {@link Pattern}. */
    Map<String, Object> valuesOrPatternMap(String name);
}
