package io.finguard.rules.storage;

import io.finguard.api.FindingDraft;
import io.finguard.api.RuleContext;
import io.finguard.rules.EditableSource;
import io.finguard.rules.ResourceValues;
import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges one bucket at a time against what FG401 asks of its lifecycle, within one scan: the buckets, the
 * lifecycle and versioning resources tied to them, and whether aborting incomplete uploads is required.
 */
final class BucketLifecycleCheck {

    private final RuleContext context;
    private final List<Resource> buckets;
    private final BucketLinks lifecycles;
    private final BucketLinks versionings;
    private final boolean requireAbort;

    BucketLifecycleCheck(RuleContext context, List<Resource> buckets, BucketLinks lifecycles, BucketLinks versionings,
                         boolean requireAbort) {
        this.context = context;
        this.buckets = buckets;
        this.lifecycles = lifecycles;
        this.versionings = versionings;
        this.requireAbort = requireAbort;
    }

    void check(Resource bucket) {
        List<Resource> linked = lifecycles.of(bucket);
        LifecycleCoverage coverage = LifecycleCoverage.ofInlineRules(bucket.values(), "lifecycle_rule");
        for (Resource l : linked) {
            coverage = coverage.and(LifecycleCoverage.ofConfiguration(l.values(), ResourceValues.localAddress(l)));
        }
        BucketVersioning.State versioned = BucketVersioning.of(bucket, versionings);
        if (!coverage.configured() && linked.isEmpty() && lifecycles.mayHaveUnresolved(bucket)) {
            context.unverified(bucket, "a lifecycle configuration whose bucket is unknown may belong to it");
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!coverage.expiresOrMoves()) {
            missing.add("an enabled rule with an expiration or a transition");
        }
        if (versioned == BucketVersioning.State.ENABLED && !coverage.noncurrent()) {
            missing.add("a noncurrent_version_expiration (the bucket is versioned)");
        }
        if (requireAbort && !coverage.abortIncomplete()) {
            missing.add("an abort_incomplete_multipart_upload");
        }
        if (missing.isEmpty()) {
            // Versioned or not decides whether noncurrent expiration is needed.
            if (versioned == BucketVersioning.State.UNKNOWN && !coverage.noncurrent()) {
                context.unverified(bucket, "whether it is versioned is unknown");
            }
            return;
        }
        if (!coverage.unknown().isEmpty()) {
            context.unverified(bucket, "its lifecycle rules are not all known: " + coverage.unknown());
            return;
        }
        report(bucket, linked, coverage, missing, siblingsCovered(bucket));
    }

    /**
     * In a plan, the instances of one bucket block are separate resources. When some have a lifecycle configuration
     * and this one has not, a new configuration mirroring the block's count/for_each would clash with theirs.
     */
    private boolean siblingsCovered(Resource bucket) {
        for (Resource other : buckets) {
            if (other != bucket && other.moduleAddress().equals(bucket.moduleAddress())
                    && other.name().equals(bucket.name()) && !lifecycles.of(other).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void report(Resource bucket, List<Resource> linked, LifecycleCoverage coverage, List<String> missing,
                        boolean siblingsCovered) {
        String name = ResourceValues.localAddress(bucket);
        String message;
        Location location;
        boolean fixable;
        String reason = null;
        if (!coverage.configured()) {
            message = "S3 bucket " + name + " has no lifecycle configuration: every object (and every upload part "
                    + "left behind) stays in STANDARD storage and is billed forever";
            location = context.locate(bucket);
            fixable = !siblingsCovered;
            if (siblingsCovered) {
                reason = "other instances of this bucket block have a lifecycle configuration, so a mirrored "
                        + "count/for_each would duplicate theirs";
            }
        } else {
            String where = linked.isEmpty() ? "its inline lifecycle_rule blocks lack "
                    : "its lifecycle configuration " + String.join(" and ",
                    linked.stream().map(ResourceValues::localAddress).toList()) + " lacks ";
            message = "S3 bucket " + name + ": " + where + String.join(", ", missing);
            location = linked.isEmpty() ? context.locate(bucket, "lifecycle_rule") : context.locate(bucket);
            fixable = false;
            reason = "a bucket has one lifecycle configuration; finguard appends new ones but does not rewrite the "
                    + "rules of an existing one";
        }
        context.report(EditableSource.require(new FindingDraft(bucket, location, message, fixable, reason)));
    }
}
