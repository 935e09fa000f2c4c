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
import java.util.Optional;
import java.util.Set;

/**
 * Builds the model's resources and modules as the plan's resources stream by. A {@code resource_changes} entry
 * wins over the same resource in {@code planned_values}, since only it knows what is unknown; {@code planned_values}
 * fills in resources without a change (data sources read while planning). A resource that is only being destroyed
 * is not part of the planned infrastructure and is left out. An entry too broken to address is skipped with an
 * error, so that one bad entry costs only itself.
 */
final class PlanModelBuilder implements PlanSink {

    private final PlanConfiguration configuration;
    private final PlanReferences references;
    private final ProviderResolver providers;
    private final String file;
    private final Map<String, Resource> changed = new LinkedHashMap<>();
    private final Map<String, Resource> plannedOnly = new LinkedHashMap<>();
    private final Set<String> destroyed = new HashSet<>();
    private final Set<String> moduleAddresses = new LinkedHashSet<>();
    private final List<LoadError> errors = new ArrayList<>();
    private int changeIndex;
    private int plannedIndex;

    /**
     * @param references the configuration's references, shared by every instance of a resource
     * @param file       the plan file as reports name it, for errors about single entries
     */
    PlanModelBuilder(PlanConfiguration configuration, PlanReferences references, String file) {
        this.configuration = configuration;
        this.references = references;
        this.providers = new ProviderResolver(configuration);
        this.file = file;
    }

    @Override
    public void module(String address) {
        moduleAddresses.add(address);
    }

    @Override
    public void plannedResource(JsonNode json) {
        String where = "planned_values resource " + plannedIndex++;
        String address = json.path("address").asText(null);
        if (address == null) {
            errors.add(new LoadError(file, 0, where + " has no address; skipped"));
        } else if (!changed.containsKey(address) && !destroyed.contains(address)) {
            build(json, Addresses.moduleOf(address), json.path("values"), MissingNode.getInstance(), where)
                    .ifPresent(resource -> plannedOnly.put(address, resource));
        }
    }

    @Override
    public void change(JsonNode change) {
        String where = "resource_changes[" + changeIndex++ + "]";
        String address = change.path("address").asText(null);
        if (address == null) {
            errors.add(new LoadError(file, 0, where + " has no address; skipped"));
            return;
        }
        // A deposed object is an old copy of a replaced resource on its way out; its current object, listed
        // separately under the same address, is the one that stays.
        if (change.hasNonNull("deposed")) {
            return;
        }
        JsonNode body = change.path("change");
        plannedOnly.remove(address);
        if (onlyRemoves(body.path("actions"))) {
            destroyed.add(address);
            return;
        }
        String module = change.path("module_address").asText(Addresses.moduleOf(address));
        build(change, module, body.path("after"), body.path("after_unknown"), where)
                .ifPresent(resource -> changed.put(address, resource));
    }

    /** Resources with a change, in plan order, then those known from {@code planned_values} alone. */
    List<Resource> resources() {
        List<Resource> all = new ArrayList<>(changed.values());
        all.addAll(plannedOnly.values());
        return List.copyOf(all);
    }

    List<LoadError> errors() {
        return List.copyOf(errors);
    }

    /** The root module, then every module instance that holds resources or contains one that does. */
    List<Module> modules(Map<String, Value> rootVariables) {
        List<Resource> resources = resources();
        Set<String> addresses = new LinkedHashSet<>();
        addresses.add("");
        for (String module : moduleAddresses) {
            addresses.addAll(Addresses.moduleLineage(module));
        }
        Map<String, Map<String, ProviderConfig>> used = new LinkedHashMap<>();
        for (Resource resource : resources) {
            addresses.addAll(Addresses.moduleLineage(resource.moduleAddress()));
            used.computeIfAbsent(resource.moduleAddress(), m -> new LinkedHashMap<>())
                    .putIfAbsent(resource.provider().key(), resource.provider());
        }
        List<Module> modules = new ArrayList<>();
        for (String address : addresses) {
            String path = Addresses.configAddress(address);
            // What the module's resources resolve to wins over an entry of the module's own: such an entry is
            // often only the module's required_providers, and the resources say where their configuration is.
            Map<String, ProviderConfig> visible = new LinkedHashMap<>(configuration.providersDeclaredIn(path));
            visible.putAll(used.getOrDefault(address, Map.of()));
            modules.add(new Module(address, address.isEmpty() ? null : configuration.moduleSource(path), null, true,
                    address.isEmpty() ? rootVariables : Map.of(), Map.of(), Map.copyOf(visible), null, Map.of()));
        }
        return List.copyOf(modules);
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

    private Optional<Resource> build(JsonNode json, String moduleAddress, JsonNode after,
                                               JsonNode afterUnknown, String where) {
        String address = json.path("address").asText();
        List<String> steps = Addresses.steps(Addresses.inModuleLocal(address, moduleAddress));
        boolean data = json.path("mode").asText(steps.isEmpty() ? "" : steps.get(0)).equals("data");
        int typeStep = data ? 1 : 0;
        String type = json.path("type").asText(steps.size() > typeStep ? steps.get(typeStep) : "");
        String name = json.path("name").asText(steps.size() > typeStep + 1
                ? Addresses.configAddress(steps.get(typeStep + 1)) : "");
        if (type.isEmpty() || name.isEmpty()) {
            errors.add(new LoadError(file, 0, where + " (" + address + ") has no type or name; skipped"));
            return Optional.empty();
        }
        PlanConfiguration.ConfigResource config = configuration.resource(Addresses.configAddress(address));
        JsonNode expressions = config == null ? MissingNode.getInstance() : config.expressions();
        ProviderConfig provider = providers.resolve(Addresses.configAddress(moduleAddress),
                config == null ? null : config.providerConfigKey(), json.path("provider_name").asText(null),
                type, moduleAddress);
        return Optional.of(new Resource(address, data ? ResourceMode.DATA : ResourceMode.MANAGED, type,
                name, moduleAddress, PlanValues.resourceValues(after, afterUnknown, expressions), null, null,
                provider, Location.NONE, null, List.of(),
                references.of(address), null));
    }
}
