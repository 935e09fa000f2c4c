package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/** @param region null when the line is not known (an error about a whole file) */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
}
