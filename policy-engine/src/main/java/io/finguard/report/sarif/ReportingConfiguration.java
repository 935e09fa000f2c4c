package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/** @param level {@code error}, {@code warning} or {@code note} */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportingConfiguration(String level) {
}
