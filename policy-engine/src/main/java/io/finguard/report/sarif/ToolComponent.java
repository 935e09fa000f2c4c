package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** {@code tool.driver}: the analyser and the rules it knows, which results point at by index. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToolComponent(String name, String version, String informationUri, List<ReportingDescriptor> rules) {
}
