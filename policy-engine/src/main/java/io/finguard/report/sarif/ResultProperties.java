package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/** finguard's own facts about a result, which SARIF levels and locations cannot carry. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultProperties(String severity, String resource, String resourceType, boolean fixable) {
}
