package io.finguard.rules.storage;

import io.finguard.api.FindingDraft;
import io.finguard.api.ParameterSpec;
import io.finguard.api.ParameterType;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.rules.ResourceValues;
import io.finguard.rules.RuleDocs;
import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FG401 s3-lifecycle: every bucket has lifecycle rules that move or expire objects, expire noncurrent versions when
 * it is versioned, and abort incomplete multipart uploads. Without them S3 bills every byte at the STANDARD price
 * forever, including overwritten versions and upload parts nobody can see.
 */
public final class S3LifecycleRule implements Rule {

    static final String ID = "FG401";
    static final String BUCKET = "aws_s3_bucket";
    static final String LIFECYCLE = "aws_s3_bucket_lifecycle_configuration";
    static final String VERSIONING = "aws_s3_bucket_versioning";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "s3-lifecycle", Severity.MEDIUM,
            "Every S3 bucket has a lifecycle configuration that transitions or expires objects, expires noncurrent "
                    + "versions of a versioned bucket and aborts incomplete multipart uploads.",
            Set.of(BUCKET, LIFECYCLE, VERSIONING),
            List.of(new ParameterSpec("transition-days", ParameterType.INTEGER_MAP,
                            Map.of("STANDARD_IA", 30, "GLACIER", 90, "DEEP_ARCHIVE", 365),
                            "Days after creation at which the fix moves objects to each storage class"),
                    new ParameterSpec("noncurrent-expiration-days", ParameterType.INTEGER, 90,
                            "Days after which the fix expires noncurrent versions"),
                    new ParameterSpec("abort-incomplete-days", ParameterType.INTEGER, 7,
                            "Days after which the fix aborts incomplete multipart uploads"),
                    new ParameterSpec("require-abort-incomplete", ParameterType.BOOLEAN, true,
                            "Whether a lifecycle configuration must abort incomplete multipart uploads")),
            RuleDocs.resource(ID), RuleDocs.helpUri(ID));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        List<Resource> buckets = context.resources(BUCKET);
        BucketLinks lifecycles = new BucketLinks(buckets, context.resources(LIFECYCLE));
        BucketLinks versionings = new BucketLinks(buckets, context.resources(VERSIONING));
        boolean requireAbort = context.parameters().bool("require-abort-incomplete");
        for (Resource bucket : buckets) {
            check(context, bucket, buckets, lifecycles, versionings, requireAbort);
        }
    }

    private static void check(RuleContext context, Resource bucket, List<Resource> buckets, BucketLinks lifecycles,
                              BucketLinks versionings, boolean requireAbort) {
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
        report(context, bucket, linked, coverage, missing, siblingsCovered(bucket, buckets, lifecycles));
    }

    /**
     * In a plan, the instances of one bucket block are separate resources. When some have a lifecycle configuration
     * and this one has not, a new configuration mirroring the block's count/for_each would clash with theirs.
     */
    private static boolean siblingsCovered(Resource bucket, List<Resource> buckets, BucketLinks lifecycles) {
        for (Resource other : buckets) {
            if (other != bucket && other.moduleAddress().equals(bucket.moduleAddress())
                    && other.name().equals(bucket.name()) && !lifecycles.of(other).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static void report(RuleContext context, Resource bucket, List<Resource> linked,
                               LifecycleCoverage coverage, List<String> missing, boolean siblingsCovered) {
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
        context.report(new FindingDraft(bucket, location, message, fixable, reason));
    }
}
