package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * @param kind          {@code inSource}: a {@code finguard:ignore} comment
 * @param status        {@code accepted}: the comment had a reason and had not expired, or the finding would be open
 * @param justification the comment's reason
 * @param location      where the comment is
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Suppression(String kind, String status, String justification, Location location,
                          SuppressionProperties properties) {
}
