package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The property bag GitHub code scanning reads for a rule: {@code tags} to filter by, {@code precision}, and
 * {@code problem.severity} ({@code error}, {@code warning} or {@code recommendation}). finguard does not set
 * {@code security-severity}: cost findings are not security findings, and GitHub would label them as such.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleProperties(List<String> tags, String precision,
                             @JsonProperty("problem.severity") String problemSeverity) {
}
