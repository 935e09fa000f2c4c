package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One run of one tool; {@code originalUriBaseIds} says where {@code %SRCROOT%} was on the scanning machine;
 * {@code columnKind} says how region columns count, and is set when some region has columns.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Run(Tool tool, List<Invocation> invocations, Map<String, ArtifactLocation> originalUriBaseIds,
                  List<Result> results, String columnKind) {

    /** A run whose regions are whole lines. */
    public Run(Tool tool, List<Invocation> invocations, Map<String, ArtifactLocation> originalUriBaseIds,
               List<Result> results) {
        this(tool, invocations, originalUriBaseIds, results, null);
    }
}
