package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/** @param until the date the suppression expires, as written ({@code 2027-06-30}) */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SuppressionProperties(String until) {
}
