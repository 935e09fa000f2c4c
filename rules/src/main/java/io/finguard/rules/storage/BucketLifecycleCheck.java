package io.finguard.rules.storage;

import io.finguard.api.RuleContext;
import io.finguard.rules.EditableSource;
import io.finguard.rules.FixOutcome;
import io.finguard.rules.ResourceValues;
import io.finguard.rules.SharedBlocks;
import io.finguard.terraform.BlockAt;
import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges the buckets of one scan against what FG401 asks of their lifecycle: the buckets, the lifecycle and
 * versioning resources tied to them, and whether aborting incomplete uploads is required. Every bucket is judged
 * first and reported after, because a fix depends on the others: instances of one bucket block share the new
 * configuration it would get, and buckets served by one configuration block share what is added to it.
 */
final class BucketLifecycleCheck {

    /**
     * A bucket that falls short.
     *
     * @param linked   the lifecycle configurations that belong to it
     * @param coverage what its rules do, inline ones included
     * @param missing  what they lack, in the order the fix writes it
     */
    private record Gap(Resource bucket, List<Resource> linked, LifecycleCoverage coverage,
                       Set<LifecyclePiece> missing) {
    }

    private final RuleContext context;
    private final List<Resource> buckets;
    private final BucketLinks lifecycles;
    private final BucketLinks versionings;
    private final boolean requireAbort;
    private final LifecycleFixes fixes;

    BucketLifecycleCheck(RuleContext context, List<Resource> buckets, BucketLinks lifecycles, BucketLinks versionings,
                         boolean requireAbort, LifecycleFixes fixes) {
        this.context = context;
        this.buckets = buckets;
        this.lifecycles = lifecycles;
        this.versionings = versionings;
        this.requireAbort = requireAbort;
        this.fixes = fixes;
    }

    void run() {
        // by identity: resources are records whose hash would walk all their values
        Map<Resource, Gap> gaps = new IdentityHashMap<>();
        List<Gap> inOrder = new ArrayList<>();
        for (Resource bucket : buckets) {
            Gap gap = assess(bucket);
            if (gap != null) {
                gaps.put(bucket, gap);
                inOrder.add(gap);
            }
        }
        // a configuration block gets what any bucket it serves lacks: adding a piece never undoes another's pass
        Map<BlockAt, Set<LifecyclePiece>> completions = new LinkedHashMap<>();
        for (Gap gap : inOrder) {
            Resource configuration = completable(gap);
            if (configuration != null) {
                // by block: the instances of a module share one configuration block
                BlockAt block = BlockAt.of(configuration.syntax());
                completions.computeIfAbsent(block, k -> EnumSet.noneOf(LifecyclePiece.class)).addAll(gap.missing());
            }
        }
        SharedBlocks shared = new SharedBlocks(buckets);
        for (Gap gap : inOrder) {
            report(gap, gaps, completions, shared);
        }
    }

    /** The bucket's gap; null when it passes or is counted as unverified. */
    private Gap assess(Resource bucket) {
        List<Resource> linked = lifecycles.of(bucket);
        LifecycleCoverage coverage = LifecycleCoverage.ofInlineRules(bucket.values(), "lifecycle_rule");
        for (Resource l : linked) {
            coverage = coverage.and(LifecycleCoverage.ofConfiguration(l.values(), ResourceValues.localAddress(l)));
        }
        BucketVersioning.State versioned = BucketVersioning.of(bucket, versionings);
        if (!coverage.configured() && linked.isEmpty() && lifecycles.mayHaveUnresolved(bucket)) {
            context.unverified(bucket, "a lifecycle configuration whose bucket is unknown may belong to it");
            return null;
        }
        Set<LifecyclePiece> missing = EnumSet.noneOf(LifecyclePiece.class);
        if (!coverage.expiresOrMoves()) {
            missing.add(LifecyclePiece.TRANSITIONS);
        }
        if (versioned == BucketVersioning.State.ENABLED && !coverage.noncurrent()) {
            missing.add(LifecyclePiece.NONCURRENT);
        }
        if (requireAbort && !coverage.abortIncomplete()) {
            missing.add(LifecyclePiece.ABORT);
        }
        if (missing.isEmpty()) {
            // Versioned or not decides whether noncurrent expiration is needed.
            if (versioned == BucketVersioning.State.UNKNOWN && !coverage.noncurrent()) {
                context.unverified(bucket, "whether it is versioned is unknown");
            }
            return null;
        }
        if (!coverage.unknown().isEmpty()) {
            context.unverified(bucket, "its lifecycle rules are not all known: " + coverage.unknown());
            return null;
        }
        return new Gap(bucket, linked, coverage, missing);
    }

    private void report(Gap gap, Map<Resource, Gap> gaps, Map<BlockAt, Set<LifecyclePiece>> completions,
                        SharedBlocks shared) {
        Resource bucket = gap.bucket();
        String name = ResourceValues.localAddress(bucket);
        String message;
        Location location;
        FixOutcome outcome;
        if (!gap.coverage().configured()) {
            message = "S3 bucket " + name + " has no lifecycle configuration: every object (and every upload part "
                    + "left behind) stays in STANDARD storage and is billed forever";
            location = context.locate(bucket);
            outcome = newConfiguration(bucket, gaps, shared);
        } else {
            List<Resource> linked = gap.linked();
            String where = linked.isEmpty() ? "its inline lifecycle_rule blocks lack "
                    : "its lifecycle configuration " + String.join(" and ",
                    linked.stream().map(ResourceValues::localAddress).toList()) + " lacks ";
            message = "S3 bucket " + name + ": " + where + String.join(", ",
                    gap.missing().stream().map(LifecyclePiece::lacking).toList());
            location = linked.isEmpty() ? context.locate(bucket, "lifecycle_rule") : context.locate(bucket);
            Resource configuration = completable(gap);
            outcome = configuration != null
                    ? fixes.completion(configuration, completions.get(BlockAt.of(configuration.syntax())))
                    : FixOutcome.no(whyNotCompletable(gap));
        }
        context.report(outcome.finding(bucket, location, message));
    }

    /**
     * A new configuration for the bucket's block, unless another resource of the block (a plan instance) has a
     * configuration or could not be checked: one repeating the block's count/for_each would give it a second.
     */
    private FixOutcome newConfiguration(Resource bucket, Map<Resource, Gap> gaps, SharedBlocks shared) {
        if (bucket.syntax() == null) {
            return FixOutcome.no(EditableSource.PLAN_ONLY);
        }
        for (Resource other : shared.others(bucket)) {
            Gap theirs = gaps.get(other);
            if (theirs == null || theirs.coverage().configured()) {
                return FixOutcome.no(other.address() + " is written by the same block and has a lifecycle "
                        + "configuration (or may have one), so a new one repeating the block's count/for_each "
                        + "would duplicate it");
            }
        }
        return fixes.newConfiguration(bucket);
    }

    /** The one configuration in HCL that the fix may complete, or null (see {@link #whyNotCompletable}). */
    private static Resource completable(Gap gap) {
        if (!gap.coverage().configured() || gap.linked().size() != 1 || hasInlineRules(gap.bucket())) {
            return null;
        }
        Resource configuration = gap.linked().get(0);
        return configuration.syntax() == null ? null : configuration;
    }

    private static String whyNotCompletable(Gap gap) {
        List<Resource> linked = gap.linked();
        if (linked.isEmpty()) {
            return "its rules are inline lifecycle_rule blocks, deprecated since AWS provider 4; move them to an "
                    + "aws_s3_bucket_lifecycle_configuration, which finguard can complete";
        }
        String names = String.join(" and ", linked.stream().map(ResourceValues::localAddress).toList());
        if (hasInlineRules(gap.bucket())) {
            return "both its inline lifecycle_rule blocks and " + names + " set its rules, and each overwrites the "
                    + "other; move the inline rules into " + names;
        }
        if (linked.size() > 1) {
            return names + " each configure this bucket, and S3 keeps only the configuration applied last; merge "
                    + "them into one";
        }
        return names + " is known only from the plan";
    }

    private static boolean hasInlineRules(Resource bucket) {
        List<?> inline = ResourceValues.blocks(bucket, "lifecycle_rule");
        return inline == null || !inline.isEmpty();
    }
}
