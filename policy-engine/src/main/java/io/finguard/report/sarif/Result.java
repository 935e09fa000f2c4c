package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One finding. {@code partialFingerprints} lets code scanning follow a result when lines move; a result with
 * {@code suppressions} is shown as suppressed rather than open; {@code fixes} is what {@code finguard fix} would
 * change (null when the finding has no fix).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Result(String ruleId, int ruleIndex, String level, Message message, List<Location> locations,
                     List<Location> relatedLocations, Map<String, String> partialFingerprints, List<Suppression> suppressions, List<Fix> fixes,
                     ResultProperties properties) {
}
