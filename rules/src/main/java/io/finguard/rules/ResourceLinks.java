package io.finguard.rules;

import io.finguard.terraform.Resource;

import java.util.ArrayList;
import java.util.List;

/**
 * Ties one resource to another through the references its arguments make ({@link Resource#referencesOf}), which
 * works even when both ends are known values and the plan no longer shows the link. References never cross module
 * instances, so both ends must be in the same one.
 */
public final class ResourceLinks {

    private ResourceLinks() {
    }

    /**
     * Whether {@code argument} of {@code from} refers to {@code target}. A reference naming an instance
     * ({@code aws_s3_bucket.b["x"].id}) links that instance only; one without a key
     * ({@code aws_s3_bucket.b[each.key].id}, listed as {@code aws_s3_bucket.b}) links every instance, except that
     * between two expanded resources it links equal keys, the way a mirrored {@code for_each} pairs them.
     */
    public static boolean refersTo(Resource from, String argument, Resource target) {
        if (!from.moduleAddress().equals(target.moduleAddress())) {
            return false;
        }
        String config = ResourceValues.localConfigAddress(target);
        String instance = ResourceValues.localAddress(target);
        List<String> refs = from.referencesOf(argument);
        List<String> keyed = refs.stream().filter(ref -> ref.startsWith(config + "[")).toList();
        if (!keyed.isEmpty() && !instance.equals(config)) {
            return keyed.stream().anyMatch(ref -> names(ref, instance));
        }
        if (refs.stream().noneMatch(ref -> names(ref, config) || ref.startsWith(config + "["))) {
            return false;
        }
        String fromKey = ResourceValues.instanceKey(from);
        String targetKey = ResourceValues.instanceKey(target);
        return !keyed.isEmpty() || fromKey.isEmpty() || targetKey.isEmpty() || fromKey.equals(targetKey);
    }

    /** The candidates {@code argument} of {@code from} refers to. */
    public static List<Resource> referenced(Resource from, String argument, List<Resource> candidates) {
        List<Resource> out = new ArrayList<>();
        for (Resource c : candidates) {
            if (refersTo(from, argument, c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether {@code argument} of {@code from} refers to any resource of {@code type} (resolved or not). */
    public static boolean refersToType(Resource from, String argument, String type) {
        return from.referencesOf(argument).stream().anyMatch(ref -> ref.startsWith(type + "."));
    }

    private static boolean names(String reference, String address) {
        return reference.equals(address) || reference.startsWith(address + ".");
    }
}
