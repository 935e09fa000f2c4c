package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/** @param uri a URI reference: relative to {@code uriBaseId} when that is set, percent-encoded */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArtifactLocation(String uri, String uriBaseId) {
}
