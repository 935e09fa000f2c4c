package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * 1-based lines, both inclusive. Columns (1-based, in the run's {@code columnKind}) are set only where a fix
 * replaces text: there {@code endColumn} is just past the last replaced character, and equal start and end mean
 * an insertion point.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Region(Integer startLine, Integer startColumn, Integer endLine, Integer endColumn) {

    /** Whole lines. */
    public Region(Integer startLine, Integer endLine) {
        this(startLine, null, endLine, null);
    }
}
