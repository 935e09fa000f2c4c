package io.finguard.terraform.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each resource's arguments refer to in the configuration, as the plan's {@code configuration} section lists
 * it. Plan values lose the link between resources when both sides are known (a lifecycle configuration's
 * {@code bucket} is just {@code "acme-data"}), so rules that must tie one resource to another
 * ({@code aws_s3_bucket_lifecycle_configuration} to its {@code aws_s3_bucket}) ask here.
 * <p>
 * Keys are configuration addresses ({@code module.storage.aws_s3_bucket_lifecycle_configuration.data}, no instance
 * keys), since the configuration is written once for every instance; lookups also accept instance addresses.
 * References are written as in the resource's module ({@code aws_s3_bucket.data.id}, {@code var.name}), most
 * specific first; {@code count} and {@code for_each} are listed under those names.
 */
public final class PlanReferences {

    public static final PlanReferences EMPTY = new PlanReferences(Map.of());

    private final Map<String, Map<String, List<String>>> byResource;

    private PlanReferences(Map<String, Map<String, List<String>>> byResource) {
        this.byResource = byResource;
    }

    static PlanReferences from(PlanConfiguration configuration) {
        Map<String, Map<String, List<String>>> byResource = new LinkedHashMap<>();
        for (PlanConfiguration.ConfigResource resource : configuration.resources()) {
            byResource.put(resource.address(), ofResource(resource));
        }
        return new PlanReferences(Map.copyOf(byResource));
    }

    /** The references of one configured resource's arguments, by argument name. */
    private static Map<String, List<String>> ofResource(PlanConfiguration.ConfigResource resource) {
        Map<String, List<String>> byAttribute = new LinkedHashMap<>();
        resource.expressions().fields().forEachRemaining(field -> {
            List<String> refs = Expressions.allReferences(field.getValue());
            if (!refs.isEmpty()) {
                byAttribute.put(field.getKey(), refs);
            }
        });
        putIfAny(byAttribute, "count", Expressions.allReferences(resource.countExpression()));
        putIfAny(byAttribute, "for_each", Expressions.allReferences(resource.forEachExpression()));
        return Map.copyOf(byAttribute);
    }

    private static void putIfAny(Map<String, List<String>> byAttribute, String name, List<String> refs) {
        if (!refs.isEmpty()) {
            byAttribute.put(name, refs);
        }
    }

    /** The configuration address of a resource address: instance keys dropped. */
    public static String configAddress(String resourceAddress) {
        return Addresses.configAddress(resourceAddress);
    }

    /** Configuration addresses of every resource the plan's configuration describes. */
    public Set<String> resources() {
        return byResource.keySet();
    }

    /** References by argument name (nested blocks under the block type), empty when unknown. */
    public Map<String, List<String>> of(String resourceAddress) {
        return byResource.getOrDefault(configAddress(resourceAddress), Map.of());
    }

    /** The references of one argument (everything inside it for a nested block), empty when none. */
    public List<String> of(String resourceAddress, String attribute) {
        return of(resourceAddress).getOrDefault(attribute, List.of());
    }

    /**
     * Whether argument {@code attribute} of {@code fromAddress} refers to the resource {@code targetAddress}
     * (either side may be an instance address). References never cross modules, so both must be in the same
     * module instance. A reference naming a specific instance ({@code aws_s3_bucket.b[1].id}) links only that
     * instance; one without a key ({@code aws_s3_bucket.b[count.index]}, listed as {@code aws_s3_bucket.b}) links
     * every instance.
     */
    public boolean refersTo(String fromAddress, String attribute, String targetAddress) {
        String module = Addresses.moduleOf(targetAddress);
        if (!module.equals(Addresses.moduleOf(fromAddress))) {
            return false;
        }
        String instance = Addresses.inModuleLocal(targetAddress, module);
        String resource = Addresses.configAddress(instance);
        List<String> refs = of(fromAddress, attribute);
        List<String> keyed = refs.stream().filter(ref -> ref.startsWith(resource + "[")).toList();
        if (!keyed.isEmpty() && !instance.equals(resource)) {
            return keyed.stream().anyMatch(ref -> names(ref, instance));
        }
        return refs.stream().anyMatch(ref -> names(ref, resource));
    }

    private static boolean names(String reference, String address) {
        return reference.equals(address) || reference.startsWith(address + ".");
    }
}
