package io.finguard.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.finguard.terraform.LoadError;
import io.finguard.terraform.Location;
import io.finguard.terraform.Module;
import io.finguard.terraform.ProviderConfig;
import io.finguard.terraform.Resource;
import io.finguard.terraform.ResourceMode;
import io.finguard.terraform.Value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the model's resources and modules from a read plan. Resources come from {@code resource_changes}, which
 * knows what is unknown, and from {@code planned_values} for those without a change entry (data sources read
 * during planning); a resource that is only being destroyed is not part of the planned infrastructure and is left
 * out. A resource entry too broken to address is skipped with an error, so one bad entry costs only itself.
 */
final class PlanModelBuilder {

    private final PlanConfiguration configuration;
    private final ProviderResolver providers;
    private final String file;
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final Set<String> moduleAddresses = new LinkedHashSet<>();
    private final List<LoadError> errors = new ArrayList<>();

    /** @param file the plan file as reports name it, for errors about single entries */
    PlanModelBuilder(PlanConfiguration configuration, String file) {
        this.configuration = configuration;
        this.providers = new ProviderResolver(configuration);
        this.file = file;
    }

    PlanModelBuilder add(PlanDocument document) {
        Map<String, PlannedResource> planned = new LinkedHashMap<>();
        collectPlanned(document.plannedRoot(), "", planned);
        Set<String> destroyed = new HashSet<>();
        int index = 0;
        for (JsonNode change : document.resourceChanges()) {
            addChange(change, index++, destroyed);
        }
        planned.forEach((address, resource) -> {
            if (!resources.containsKey(address) && !destroyed.contains(address)) {
                addResource(resource.json(), resource.moduleAddress(), resource.json().path("values"),
                        MissingNode.getInstance(), "planned_values resource");
            }
        });
        return this;
    }

    List<Resource> resources() {
        return List.copyOf(resources.values());
    }

    List<LoadError> errors() {
        return List.copyOf(errors);
    }

    /** The root module, then every module instance that holds resources or contains one that does. */
    List<Module> modules(Map<String, Value> rootVariables) {
        Set<String> addresses = new LinkedHashSet<>();
        addresses.add("");
        for (String module : moduleAddresses) {
            addresses.addAll(Addresses.moduleLineage(module));
        }
        for (Resource resource : resources.values()) {
            addresses.addAll(Addresses.moduleLineage(resource.moduleAddress()));
        }
        Map<String, Map<String, ProviderConfig>> used = new LinkedHashMap<>();
        for (Resource resource : resources.values()) {
            used.computeIfAbsent(resource.moduleAddress(), m -> new LinkedHashMap<>())
                    .putIfAbsent(resource.provider().key(), resource.provider());
        }
        List<Module> modules = new ArrayList<>();
        for (String address : addresses) {
            String path = Addresses.configAddress(address);
            Map<String, ProviderConfig> visible = new LinkedHashMap<>(configuration.providersDeclaredIn(path));
            used.getOrDefault(address, Map.of()).forEach(visible::putIfAbsent);
            modules.add(new Module(address, address.isEmpty() ? null : configuration.moduleSource(path), null, true,
                    address.isEmpty() ? rootVariables : Map.of(), Map.of(), Map.copyOf(visible), null));
        }
        return List.copyOf(modules);
    }

    private record PlannedResource(JsonNode json, String moduleAddress) {
    }

    private void collectPlanned(JsonNode module, String moduleAddress, Map<String, PlannedResource> planned) {
        for (JsonNode resource : module.path("resources")) {
            String address = resource.path("address").asText(null);
            if (address != null) {
                planned.put(address, new PlannedResource(resource, moduleAddress));
            }
        }
        for (JsonNode child : module.path("child_modules")) {
            String address = child.path("address").asText(null);
            if (address != null) {
                moduleAddresses.add(address);
                collectPlanned(child, address, planned);
            }
        }
    }

    private void addChange(JsonNode change, int index, Set<String> destroyed) {
        String address = change.path("address").asText(null);
        if (address == null) {
            errors.add(new LoadError(file, 0, "resource_changes[" + index + "] has no address; skipped"));
            return;
        }
        JsonNode body = change.path("change");
        // A deposed object is an old copy of a replaced resource on its way out; its current object, listed
        // separately under the same address, is the one that stays.
        if (change.hasNonNull("deposed")) {
            return;
        }
        if (onlyRemoves(body.path("actions"))) {
            destroyed.add(address);
            return;
        }
        String module = change.path("module_address").asText(Addresses.moduleOf(address));
        addResource(change, module, body.path("after"), body.path("after_unknown"), "resource_changes[" + index + "]");
    }

    /** {@code ["delete"]}, or {@code ["forget"]} (a {@code removed} block): the resource leaves the configuration. */
    private static boolean onlyRemoves(JsonNode actions) {
        if (!actions.isArray() || actions.isEmpty()) {
            return false;
        }
        for (JsonNode action : actions) {
            if (!action.asText().equals("delete") && !action.asText().equals("forget")) {
                return false;
            }
        }
        return true;
    }

    private void addResource(JsonNode json, String moduleAddress, JsonNode after, JsonNode afterUnknown,
                             String where) {
        String address = json.path("address").asText();
        List<String> steps = Addresses.steps(address.substring(moduleAddress.isEmpty() ? 0
                : Math.min(address.length(), moduleAddress.length() + 1)));
        boolean data = json.path("mode").asText(steps.isEmpty() ? "" : steps.get(0)).equals("data");
        int typeStep = data ? 1 : 0;
        String type = json.path("type").asText(steps.size() > typeStep ? steps.get(typeStep) : null);
        String name = json.path("name").asText(steps.size() > typeStep + 1
                ? Addresses.configAddress(steps.get(typeStep + 1)) : null);
        if (type == null || name == null || type.isEmpty() || name.isEmpty()) {
            errors.add(new LoadError(file, 0, where + " (" + address + ") has no type or name; skipped"));
            return;
        }
        PlanConfiguration.ConfigResource config = configuration.resource(Addresses.configAddress(address));
        JsonNode expressions = config == null ? MissingNode.getInstance() : config.expressions();
        ProviderConfig provider = providers.resolve(Addresses.configAddress(moduleAddress),
                config == null ? null : config.providerConfigKey(), json.path("provider_name").asText(null),
                type, moduleAddress);
        resources.put(address, new Resource(address, data ? ResourceMode.DATA : ResourceMode.MANAGED, type, name,
                moduleAddress, PlanValues.resourceValues(after, afterUnknown, expressions), null, null, provider,
                Location.NONE, null, List.of()));
    }
}
