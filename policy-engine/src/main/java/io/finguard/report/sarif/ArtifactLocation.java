package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * @param uri         a URI reference: relative to {@code uriBaseId} when that is set, percent-encoded
 * @param description what the location is, for a base in {@code originalUriBaseIds}; or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArtifactLocation(String uri, String uriBaseId, Message description) {

    public ArtifactLocation(String uri, String uriBaseId) {
        this(uri, uriBaseId, null);
    }
}
