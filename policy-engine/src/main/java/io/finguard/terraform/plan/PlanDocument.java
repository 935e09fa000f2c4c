package io.finguard.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.List;

/**
 * The parts of a {@code terraform show -json} document that finguard uses; everything else (prior state, drift,
 * output changes, the {@code before} side of changes) is skipped while reading to keep large plans small in memory.
 * Absent parts are {@link MissingNode}, never null.
 *
 * @param formatVersion      {@code format_version}, null when absent
 * @param variables          the root module's input variables, {@code {"name": {"value": …}}}
 * @param plannedRoot        {@code planned_values.root_module} (or {@code values.root_module} of a state)
 * @param resourceChanges    the entries of {@code resource_changes}, in file order
 * @param hasResourceChanges whether the document had a {@code resource_changes} array at all
 * @param configuration      {@code configuration}
 */
record PlanDocument(String formatVersion, JsonNode variables, JsonNode plannedRoot, List<JsonNode> resourceChanges,
                    boolean hasResourceChanges, JsonNode configuration) {

    PlanDocument {
        resourceChanges = List.copyOf(resourceChanges);
    }
}
