package io.finguard.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.finguard.terraform.Location;
import io.finguard.terraform.ProviderConfig;
import io.finguard.terraform.Value;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plan's {@code configuration} section, indexed: provider configurations by their opaque key
 * ({@code aws}, {@code aws.us_west}, {@code module.eks:aws}), configuration resources by configuration address,
 * and module calls by module path. The section describes the configuration, not its instances, so every address
 * here is free of instance keys. All lookups tolerate a plan without a configuration section.
 */
final class PlanConfiguration {

    /**
     * A {@code resource} or {@code data} block as the configuration section describes it.
     *
     * @param address           configuration address including the module path ({@code module.m.aws_x.y})
     * @param moduleAddress     the module path ({@code ""} for the root module)
     * @param providerConfigKey the key of {@link #providerConfig}, as this Terraform version wrote it; may be null
     * @param expressions       the block's argument expressions
     */
    record ConfigResource(String address, String moduleAddress, String providerConfigKey, JsonNode expressions,
                          JsonNode countExpression, JsonNode forEachExpression) {
    }

    private final Map<String, ProviderConfig> providerConfigs = new LinkedHashMap<>();
    private final Map<String, ConfigResource> resources = new LinkedHashMap<>();
    private final Map<String, String> moduleSources = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> callProviders = new LinkedHashMap<>();

    private PlanConfiguration() {
    }

    static PlanConfiguration from(JsonNode configuration) {
        PlanConfiguration config = new PlanConfiguration();
        configuration.path("provider_config").fields().forEachRemaining(
                entry -> config.providerConfigs.put(entry.getKey(), providerConfig(entry.getKey(), entry.getValue())));
        config.readModule(configuration.path("root_module"), "");
        return config;
    }

    /** The provider configuration stored under exactly this key, or null. */
    ProviderConfig providerConfig(String key) {
        return providerConfigs.get(key);
    }

    /** The configurations a module declares itself, by {@link ProviderConfig#key()}. */
    Map<String, ProviderConfig> providersDeclaredIn(String modulePath) {
        Map<String, ProviderConfig> declared = new LinkedHashMap<>();
        for (ProviderConfig config : providerConfigs.values()) {
            if (config.moduleAddress().equals(modulePath)) {
                declared.put(config.key(), config);
            }
        }
        return declared;
    }

    ConfigResource resource(String configAddress) {
        return resources.get(configAddress);
    }

    Collection<ConfigResource> resources() {
        return resources.values();
    }

    /** The {@code source} of the call that creates a module path, or null when the plan does not say. */
    String moduleSource(String modulePath) {
        return moduleSources.get(modulePath);
    }

    /** The call's {@code providers = {child = parent}} mapping for a module path; empty when absent. */
    Map<String, String> callProviders(String modulePath) {
        return callProviders.getOrDefault(modulePath, Map.of());
    }

    private void readModule(JsonNode module, String path) {
        for (JsonNode resource : module.path("resources")) {
            String local = resource.path("address").asText(null);
            if (local == null) {
                continue;
            }
            String address = Addresses.inModule(path, local);
            resources.put(address, new ConfigResource(address, path,
                    resource.path("provider_config_key").asText(null), resource.path("expressions"),
                    resource.path("count_expression"), resource.path("for_each_expression")));
        }
        module.path("module_calls").fields().forEachRemaining(entry -> {
            String childPath = Addresses.inModule(path, "module." + entry.getKey());
            JsonNode call = entry.getValue();
            if (call.path("source").isTextual()) {
                moduleSources.put(childPath, call.get("source").asText());
            }
            Map<String, String> mapping = providerMapping(call.path("providers"));
            if (!mapping.isEmpty()) {
                callProviders.put(childPath, mapping);
            }
            readModule(call.path("module"), childPath);
        });
    }

    /**
     * Terraform's documented format has no {@code providers} on module calls; some producers write it, either as
     * plain strings or as expressions, so both are read.
     */
    private static Map<String, String> providerMapping(JsonNode providers) {
        Map<String, String> mapping = new LinkedHashMap<>();
        providers.fields().forEachRemaining(entry -> {
            JsonNode target = entry.getValue();
            String parentKey = target.isTextual() ? target.asText()
                    : target.path("constant_value").isTextual() ? target.get("constant_value").asText()
                    : Expressions.mostSpecificReference(target);
            if (parentKey != null) {
                mapping.put(entry.getKey(), parentKey);
            }
        });
        return mapping;
    }

    private static ProviderConfig providerConfig(String key, JsonNode entry) {
        int colon = key.lastIndexOf(':');
        String localKey = key.substring(colon + 1);
        String name = entry.path("name").asText(localKey);
        String alias = entry.path("alias").asText(null);
        // A configuration passed into a module is written with its in-module key as name ("aws.west").
        int dot = name.indexOf('.');
        if (dot > 0) {
            alias = alias == null ? name.substring(dot + 1) : alias;
            name = name.substring(0, dot);
        }
        String modulePath = entry.path("module_address").asText(colon < 0 ? "" : key.substring(0, colon));
        return new ProviderConfig(name, alias, modulePath, defaultTags(entry.path("expressions")), Location.NONE);
    }

    /** {@code default_tags} is a nested block, so a list of bodies; the provider allows at most one. */
    private static Value defaultTags(JsonNode expressions) {
        JsonNode block = expressions.path("default_tags");
        if (block.isArray()) {
            block = block.path(0);
        }
        JsonNode tags = block.path("tags");
        return tags.isObject() ? PlanValues.expression(tags) : null;
    }
}
