package io.finguard.api;

/**
 * One parameter a rule takes from its {@code rules.<ID>} section of {@code finguard.yml}.
 *
 * @param name         the YAML key, e.g. {@code max-gpu}
 * @param defaultValue used when the config does not set it: Integer, Boolean, String, List&lt;String&gt; or
 *                     Map&lt;String, ?&gt; matching {@code type}
 */
public record ParameterSpec(String name, ParameterType type, Object defaultValue, String description) {
}
