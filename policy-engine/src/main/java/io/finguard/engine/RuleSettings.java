package io.finguard.engine;

import io.finguard.api.Severity;

import java.util.Map;

/**
 * One rule's section of the configuration, as given (parameters not yet merged with defaults).
 *
 * @param enabled    null when the config does not say
 * @param severity   null when the config does not say
 * @param parameters the rule's own parameters by YAML key, already type-checked against its specs
 */
public record RuleSettings(Boolean enabled, Severity severity, Map<String, Object> parameters) {

    public static final RuleSettings DEFAULT = new RuleSettings(null, null, Map.of());
}
