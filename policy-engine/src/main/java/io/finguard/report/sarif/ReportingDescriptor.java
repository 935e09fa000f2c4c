package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A rule as code-scanning UIs show it: descriptions, help page and default level. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportingDescriptor(String id, String name, MultiformatMessage shortDescription,
                                  MultiformatMessage fullDescription, MultiformatMessage help, String helpUri,
                                  ReportingConfiguration defaultConfiguration, RuleProperties properties) {
}
