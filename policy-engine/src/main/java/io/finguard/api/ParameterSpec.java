package io.finguard.api;

/**
 * One parameter a rule takes from its {@code rules.<ID>} section of {@code finguard.yml}.
 *
 * @param name         the YAML key, e.g. {@code max-gpu}
 * @param defaultValue used when the config does not set it: Integer, Boolean, String, List&lt;String&gt; or
 *                     Map&lt;String, ?&gt; matching {@code type}
 * @param choices      for a {@link ParameterType#STRING}, the only values it may take (empty: any string); the
 *                     config loader rejects others, naming the line
 */
public record ParameterSpec(String name, ParameterType type, Object defaultValue, String description,
                            java.util.List<String> choices) {

    public ParameterSpec {
        choices = choices == null ? java.util.List.of() : java.util.List.copyOf(choices);
    }

    /** A parameter that takes any value of its type. */
    public ParameterSpec(String name, ParameterType type, Object defaultValue, String description) {
        this(name, type, defaultValue, description, java.util.List.of());
    }
}
