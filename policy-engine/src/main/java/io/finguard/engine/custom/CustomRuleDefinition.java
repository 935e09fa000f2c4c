package io.finguard.engine.custom;

import io.finguard.api.Severity;

import java.util.List;

/**
 * One entry of {@code custom-rules:} in {@code finguard.yml}, already validated.
 *
 * @param id            unique, not a built-in ID
 * @param name          kebab-case
 * @param message       the finding's message
 * @param resourceTypes the resource types it checks, non-empty
 * @param condition     what a resource must satisfy; false is a finding
 */
public record CustomRuleDefinition(String id, String name, Severity severity, String message,
                                   List<String> resourceTypes, Condition condition) {

    public CustomRuleDefinition {
        resourceTypes = List.copyOf(resourceTypes);
    }
}
