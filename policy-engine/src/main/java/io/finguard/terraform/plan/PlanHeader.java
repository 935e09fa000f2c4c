package io.finguard.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/**
 * What the first pass over a plan file finds: everything but the resources, which a second pass streams once the
 * configuration (written last by Terraform) is known. Absent parts are missing nodes, never null.
 *
 * @param formatVersion  {@code format_version}, null when absent
 * @param variables      the root module's input variables, {@code {"name": {"value": …}}}
 * @param configuration  {@code configuration}
 * @param modulesField   the top-level field holding the module tree: {@code planned_values} for a plan,
 *                       {@code values} for {@code terraform show -json} of a state
 * @param changedAddresses the addresses {@code resource_changes} describes, whose planned values need not be read
 */
record PlanHeader(String formatVersion, JsonNode variables, JsonNode configuration, String modulesField,
                  Set<String> changedAddresses) {

    PlanHeader {
        changedAddresses = Set.copyOf(changedAddresses);
    }
}
