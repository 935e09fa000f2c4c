package io.finguard.terraform.plan;

import io.finguard.terraform.Location;
import io.finguard.terraform.ProviderConfig;

/**
 * Finds the provider configuration a plan resource uses. Terraform versions disagree on how a resource's
 * {@code provider_config_key} is written: 1.1 and later point a module resource straight at the configuration it
 * ends up using ({@code aws.us_west} for one passed in from the root), earlier ones wrote the key as seen inside the
 * module, prefixed with the module path ({@code module.eks:aws}) or only the call name ({@code eks:aws}). So an
 * exact match wins, and otherwise the key's local part is resolved the way Terraform itself does: through the
 * call's {@code providers} mapping, then the module's own configuration, then the caller's (a module inherits its
 * caller's configurations when nothing is passed explicitly).
 */
final class ProviderResolver {

    private final PlanConfiguration configuration;

    ProviderResolver(PlanConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * @param modulePath        the resource's module path, without instance keys
     * @param providerConfigKey the resource's {@code provider_config_key}, null when the configuration does not say
     * @param providerName      the resource's {@code provider_name} ({@code registry.terraform.io/hashicorp/aws}), or
     *                          null
     * @param resourceType      the resource type, whose prefix names the provider when nothing else does
     * @param moduleAddress     the resource's module instance, recorded on an implicit configuration
     */
    ProviderConfig resolve(String modulePath, String providerConfigKey, String providerName, String resourceType,
                           String moduleAddress) {
        if (providerConfigKey != null) {
            ProviderConfig exact = configuration.providerConfig(providerConfigKey);
            if (exact != null) {
                return exact;
            }
        }
        String localKey = providerConfigKey != null
                ? providerConfigKey.substring(providerConfigKey.lastIndexOf(':') + 1)
                : localName(providerName, resourceType);
        ProviderConfig found = resolveLocal(modulePath, localKey);
        if (found != null) {
            return found;
        }
        int dot = localKey.indexOf('.');
        return dot < 0
                ? new ProviderConfig(localKey, null, moduleAddress, null, Location.NONE)
                : new ProviderConfig(localKey.substring(0, dot), localKey.substring(dot + 1), moduleAddress, null,
                        Location.NONE);
    }

    private ProviderConfig resolveLocal(String modulePath, String localKey) {
        String path = modulePath;
        String key = localKey;
        while (true) {
            String passed = path.isEmpty() ? null : configuration.callProviders(path).get(key);
            if (passed == null) {
                ProviderConfig declared = configuration.providerConfig(path.isEmpty() ? key : path + ":" + key);
                if (declared != null || path.isEmpty()) {
                    return declared;
                }
                // Nothing declared or passed: Terraform hands a module its caller's default configuration of the
                // same name. An alias needs an explicit `providers` entry, which old plans do not record; the same
                // name is the usual choice there, so it is the best guess.
            } else {
                key = passed;
            }
            path = Addresses.parentModule(path);
        }
    }

    /** {@code registry.terraform.io/hashicorp/aws} → {@code aws}; without it, the type's prefix. */
    private static String localName(String providerName, String resourceType) {
        if (providerName != null && !providerName.isEmpty()) {
            return providerName.substring(providerName.lastIndexOf('/') + 1);
        }
        int underscore = resourceType.indexOf('_');
        return underscore < 0 ? resourceType : resourceType.substring(0, underscore);
    }
}
