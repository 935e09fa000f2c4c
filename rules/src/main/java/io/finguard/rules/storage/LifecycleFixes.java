package io.finguard.rules.storage;

import io.finguard.api.RuleParameters;
import io.finguard.api.edit.FileEdits;
import io.finguard.api.edit.HclValue;
import io.finguard.api.edit.NewBlock;
import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.Expression;
import io.finguard.rules.AttributeFix;
import io.finguard.rules.CompanionBlock;
import io.finguard.rules.CompanionLabels;
import io.finguard.rules.FixOutcome;
import io.finguard.rules.ResourceValues;
import io.finguard.terraform.Resource;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The edits of FG401's fix. A bucket with no lifecycle configuration gets a new
 * {@code aws_s3_bucket_lifecycle_configuration} right after it, with one whole-bucket rule holding every piece (the
 * noncurrent expiration included whether or not the bucket is versioned: it costs nothing on an unversioned bucket,
 * keeps working when versioning is turned on, and makes the edit the same for every instance of the block). An
 * existing configuration written in HCL gets only the pieces it lacks: in its first enabled whole-bucket rule, since
 * a rule limited to a prefix or tags would leave the rest of the bucket uncovered, else in a new whole-bucket rule
 * after its last one.
 */
final class LifecycleFixes {

    static final String RULE_ID = "finguard-lifecycle";

    private static final String NO_TRANSITIONS = "transition-days is empty in finguard.yml, so there is no transition "
            + "to write; add an expiration or a transition yourself";

    private final Map<String, Integer> transitionDays;
    private final int noncurrentDays;
    private final int abortDays;
    private final CompanionLabels labels;

    LifecycleFixes(RuleParameters parameters, CompanionLabels labels) {
        this.transitionDays = parameters.integerMap("transition-days");
        this.noncurrentDays = parameters.integer("noncurrent-expiration-days");
        this.abortDays = parameters.integer("abort-incomplete-days");
        this.labels = labels;
    }

    /** A new configuration after {@code bucket}, which has HCL. */
    FixOutcome newConfiguration(Resource bucket) {
        if (transitionDays.isEmpty()) {
            return FixOutcome.no(NO_TRANSITIONS);
        }
        CompanionBlock companion = CompanionBlock.of(bucket);
        String label = labels.labelFor(bucket, S3LifecycleRule.LIFECYCLE, "lifecycle");
        NewBlock configuration = companion.resource(S3LifecycleRule.LIFECYCLE, label)
                .with("bucket", HclValue.raw(companion.reference("id")))
                .with(rule(RULE_ID, EnumSet.allOf(LifecyclePiece.class)));
        return new FixOutcome(companion.append(configuration, "append " + S3LifecycleRule.LIFECYCLE + "." + label
                + " after " + ResourceValues.localConfigAddress(bucket)), null);
    }

    /** The {@code pieces} added to {@code configuration}, which has HCL. */
    FixOutcome completion(Resource configuration, Set<LifecyclePiece> pieces) {
        if (pieces.contains(LifecyclePiece.TRANSITIONS) && transitionDays.isEmpty()) {
            return FixOutcome.no(NO_TRANSITIONS);
        }
        String where = ResourceValues.localConfigAddress(configuration);
        Block block = configuration.syntax().block();
        String what = pieces.stream().map(LifecyclePiece::written).collect(Collectors.joining(", "));
        if (AttributeFix.writtenAsDynamic(block, "rule")) {
            return FixOutcome.no("the rules of " + where + " are written as a dynamic block; add " + what
                    + " in its content");
        }
        List<Block> rules = block.body().blocks("rule");
        FileEdits edits = FileEdits.of(configuration.syntax().config());
        for (Block rule : rules) {
            if (extendable(rule, pieces)) {
                for (LifecyclePiece piece : pieces) {
                    blocks(piece).forEach(b -> edits.insertBlock(rule, b));
                }
                String id = literal(rule.body().attribute("id"));
                return new FixOutcome(edits.toFix("add " + what + " to "
                        + (id == null ? "a rule" : "rule \"" + id + "\"") + " of " + where), null);
            }
        }
        if (rules.stream().anyMatch(r -> r.body().attribute("prefix") != null)) {
            return FixOutcome.no("the rules of " + where + " use the rule-level prefix, which S3 does not accept "
                    + "beside the filter of a new rule; add " + what + " to a rule that covers the whole bucket");
        }
        String id = freeId(rules);
        NewBlock rule = rule(id, pieces);
        if (rules.isEmpty()) {
            edits.insertBlock(block, rule);
        } else {
            edits.appendBlockAfter(rules.get(rules.size() - 1), rule);
        }
        return new FixOutcome(edits.toFix("add rule \"" + id + "\" (" + what + ") to " + where), null);
    }

    /** {@code rule { id, status = "Enabled", filter {}, pieces… }}. */
    private NewBlock rule(String id, Set<LifecyclePiece> pieces) {
        NewBlock rule = NewBlock.of("rule").withLiteral("id", id).withLiteral("status", "Enabled")
                .with(NewBlock.of("filter"));
        for (LifecyclePiece piece : pieces) {
            for (NewBlock b : blocks(piece)) {
                rule = rule.with(b);
            }
        }
        return rule;
    }

    /** The nested blocks that write one piece; transitions in the order objects reach them. */
    private List<NewBlock> blocks(LifecyclePiece piece) {
        return switch (piece) {
            case TRANSITIONS -> transitionDays.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                    .map(e -> NewBlock.of("transition").withLiteral("days", e.getValue())
                            .withLiteral("storage_class", e.getKey()))
                    .toList();
            case NONCURRENT -> List.of(NewBlock.of("noncurrent_version_expiration")
                    .withLiteral("noncurrent_days", noncurrentDays));
            case ABORT -> List.of(NewBlock.of("abort_incomplete_multipart_upload")
                    .withLiteral("days_after_initiation", abortDays));
        };
    }

    /**
     * An existing rule can take the pieces when it is enabled (literally), covers the whole bucket, and holds nothing
     * a piece would contradict: S3 wants a noncurrent expiration later than the rule's noncurrent transitions, which
     * finguard would have to read and order.
     */
    private static boolean extendable(Block rule, Set<LifecyclePiece> pieces) {
        if (!"Enabled".equals(literal(rule.body().attribute("status"))) || !wholeBucket(rule)) {
            return false;
        }
        return !pieces.contains(LifecyclePiece.NONCURRENT)
                || rule.body().blocks("noncurrent_version_transition").isEmpty();
    }

    /** No prefix, tag or size limit: no filter, an empty one, or an empty prefix (a dynamic block is not read). */
    private static boolean wholeBucket(Block rule) {
        if (!rule.body().blocks("dynamic").isEmpty() || !emptyPrefixOrNone(rule.body().attribute("prefix"))) {
            return false;
        }
        for (Block filter : rule.body().blocks("filter")) {
            if (!filter.body().blocks().isEmpty()) {
                return false;
            }
            for (Attribute a : filter.body().attributes()) {
                if (!a.name().equals("prefix") || !emptyPrefixOrNone(a)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean emptyPrefixOrNone(Attribute prefix) {
        return prefix == null || "".equals(literal(prefix));
    }

    /** A rule id that no rule of the configuration has written literally. */
    private static String freeId(List<Block> rules) {
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> ids.add(literal(r.body().attribute("id"))));
        String id = RULE_ID;
        for (int n = 2; ids.contains(id); n++) {
            id = RULE_ID + "-" + n;
        }
        return id;
    }

    /** The attribute's value when it is a plain string literal, else null. */
    private static String literal(Attribute attribute) {
        if (attribute != null && attribute.value() instanceof Expression.Template t && t.heredoc() == null) {
            return t.literalValue();
        }
        return null;
    }
}
