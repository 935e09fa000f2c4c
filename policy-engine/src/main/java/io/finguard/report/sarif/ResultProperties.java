package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * finguard's own facts about a result, which SARIF levels and locations cannot carry: {@code instances} are the
 * resource instances the result stands for, as the JSON report lists them (decision 075); {@code notFixableReason}
 * why {@code finguard fix} leaves it alone, when known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultProperties(String severity, String resource, String resourceType, boolean fixable,
                               String notFixableReason, List<Instance> instances) {

    /** One instance: its address, its root module's directory, and the {@code module} blocks that created it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Instance(String address, String root, List<Call> via) {
    }

    /** A {@code module} block: its file (relative to {@code %SRCROOT%}) and line. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Call(String file, Integer line) {
    }
}
