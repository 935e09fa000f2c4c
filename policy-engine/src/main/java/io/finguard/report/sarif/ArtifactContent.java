package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Text content, as a fix inserts it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArtifactContent(String text) {
}
