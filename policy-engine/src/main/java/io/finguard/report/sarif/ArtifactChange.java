package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The replacements of one fix in one file, in file order, each against the file as it was scanned. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArtifactChange(ArtifactLocation artifactLocation, List<Replacement> replacements) {
}
