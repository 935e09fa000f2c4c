package io.finguard.rules.storage;

import io.finguard.rules.ResourceLinks;
import io.finguard.rules.ResourceValues;
import io.finguard.terraform.Resource;

import java.util.ArrayList;
import java.util.List;

/**
 * Which bucket-level resources ({@code aws_s3_bucket_lifecycle_configuration}, {@code aws_s3_bucket_versioning})
 * belong to which {@code aws_s3_bucket}: through the reference of their {@code bucket} argument
 * ({@code aws_s3_bucket.b.id}, {@code .bucket}), through a {@code for_each} over the bucket resource with
 * {@code bucket = each.value.id}, or by the same literal bucket name. One whose bucket cannot be told (a variable,
 * a module output) is "unresolved": it may belong to any bucket it could reach.
 */
final class BucketLinks {

    private final List<Resource> buckets;
    private final List<Resource> attached;

    BucketLinks(List<Resource> buckets, List<Resource> attached) {
        this.buckets = buckets;
        this.attached = attached;
    }

    /** The attached resources that belong to this bucket. */
    List<Resource> of(Resource bucket) {
        List<Resource> out = new ArrayList<>();
        for (Resource a : attached) {
            if (links(a, bucket)) {
                out.add(a);
            }
        }
        return out;
    }

    /** Whether some attached resource of unknown bucket could belong to this one. */
    boolean mayHaveUnresolved(Resource bucket) {
        for (Resource a : attached) {
            if (unresolved(a) && reaches(a, bucket)) {
                return true;
            }
        }
        return false;
    }

    static boolean links(Resource attachedResource, Resource bucket) {
        if (ResourceLinks.refersTo(attachedResource, "bucket", bucket)) {
            return true;
        }
        boolean eachValue = attachedResource.referencesOf("bucket").stream().anyMatch(r -> r.startsWith("each."));
        if (eachValue && ResourceLinks.refersTo(attachedResource, "for_each", bucket)) {
            return true;
        }
        String name = ResourceValues.string(attachedResource.get("bucket"));
        return name != null && name.equals(ResourceValues.string(bucket.get("bucket")));
    }

    private boolean unresolved(Resource a) {
        if (ResourceValues.string(a.get("bucket")) != null) {
            return false;
        }
        return buckets.stream().noneMatch(b -> links(a, b));
    }

    /**
     * A reference to {@code module.x.…} can only reach buckets inside that call; anything else (a variable, a
     * local, a data source) could name any bucket.
     */
    private static boolean reaches(Resource a, Resource bucket) {
        String prefix = a.moduleAddress().isEmpty() ? "" : a.moduleAddress() + ".";
        List<String> modules = a.referencesOf("bucket").stream().filter(r -> r.startsWith("module."))
                .map(r -> prefix + r.split("\\.")[0] + "." + r.split("\\.")[1]).toList();
        if (modules.isEmpty()) {
            return true;
        }
        return modules.stream().anyMatch(m -> bucket.moduleAddress().equals(m)
                || bucket.moduleAddress().startsWith(m + ".") || bucket.moduleAddress().startsWith(m + "["));
    }
}
