package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/** 1-based lines, both inclusive. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Region(Integer startLine, Integer endLine) {
}
