package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tool(ToolComponent driver) {
}
