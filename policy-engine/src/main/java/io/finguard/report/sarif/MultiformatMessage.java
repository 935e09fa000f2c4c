package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Plain text, and optionally the same in Markdown (which viewers prefer when present). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MultiformatMessage(String text, String markdown) {

    public static MultiformatMessage text(String text) {
        return new MultiformatMessage(text, null);
    }
}
