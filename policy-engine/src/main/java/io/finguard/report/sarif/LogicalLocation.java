package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/** @param kind SARIF has no kind for infrastructure; {@code resource} is one of its open-ended values */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogicalLocation(String name, String fullyQualifiedName, String kind) {
}
