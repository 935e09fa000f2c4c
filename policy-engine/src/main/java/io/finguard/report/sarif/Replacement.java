package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Replace {@code deletedRegion} (empty for an insertion) with {@code insertedContent} (absent for a deletion). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Replacement(Region deletedRegion, ArtifactContent insertedContent) {
}
