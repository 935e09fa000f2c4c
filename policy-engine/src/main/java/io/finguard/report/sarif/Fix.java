package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A proposed fix of a result: what it does and the text it changes, file by file. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fix(Message description, List<ArtifactChange> artifactChanges) {
}
