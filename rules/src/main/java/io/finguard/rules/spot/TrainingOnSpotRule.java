package io.finguard.rules.spot;

import io.finguard.api.ParameterSpec;
import io.finguard.api.ParameterType;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.rules.AttributeFix;
import io.finguard.rules.FixOutcome;
import io.finguard.rules.ResourceValues;
import io.finguard.rules.RuleDocs;
import io.finguard.rules.SharedBlocks;
import io.finguard.rules.SourceFix;
import io.finguard.rules.ValueOrigin;
import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;
import io.finguard.terraform.origin.ValueChain;
import io.finguard.api.edit.HclValue;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * FG301 training-on-spot: compute recognised as ML training runs on spot capacity. Training jobs checkpoint and
 * resume, so they absorb spot interruptions, and spot costs a fraction of on-demand.
 */
public final class TrainingOnSpotRule implements Rule {

    static final String ID = "FG301";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "training-on-spot", Severity.MEDIUM,
            "Compute for ML training uses spot capacity.",
            Collections.unmodifiableSet(new LinkedHashSet<>(List.of(SpotCapacity.NODE_GROUP,
                    SpotCapacity.INSTANCE, SpotCapacity.LAUNCH_TEMPLATE, SpotCapacity.AUTOSCALING_GROUP,
                    SpotCapacity.BATCH, SpotCapacity.SPOT_REQUEST, SpotCapacity.SPOT_FLEET))),
            List.of(new ParameterSpec("training-pattern", ParameterType.REGEX, "(?i)train",
                            "Regular expression that marks a resource as training when it matches its name, its "
                                    + "Name or Workload tag, or a node group's name or labels"),
                    new ParameterSpec("max-on-demand-percent", ParameterType.INTEGER, 0,
                            "Highest on_demand_percentage_above_base_capacity a mixed instances policy may "
                                    + "keep and still count as spot")),
            RuleDocs.resource(ID), RuleDocs.helpUri(ID));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        TrainingWorkload training = new TrainingWorkload(context.parameters().regex("training-pattern"),
                context.planMode());
        SpotCapacity spot = new SpotCapacity(context, context.parameters().integer("max-on-demand-percent"));
        List<Resource> compute = context.resources(METADATA.resourceTypes().toArray(String[]::new));
        Map<Resource, Verdict> verdicts = new IdentityHashMap<>();
        for (Resource r : compute) {
            verdicts.put(r, verdict(spot.of(r), training, r));
        }
        SharedBlocks shared = new SharedBlocks(compute);
        SourceFix source = new SourceFix(context, compute, (r, argument) -> wanted(verdicts.get(r), argument));
        for (Resource r : compute) {
            Verdict v = verdicts.get(r);
            if (v.unverified() != null) {
                context.unverified(r, v.unverified());
            } else if (v.capacity() != null) {
                report(context, r, v, shared.disagreement(r, other -> verdicts.get(other).wanted()), source);
            }
        }
    }

    /**
     * What one resource needs: nothing (null capacity and reason), to be counted as unverified, or a finding on
     * its on-demand capacity with the evidence that it trains.
     */
    private record Verdict(Capacity capacity, String evidence, String unverified) {

        static final Verdict PASS = new Verdict(null, null, null);

        /** The change its fix writes, for comparing the instances of one block; null when it needs none. */
        String wanted() {
            if (capacity == null) {
                return null;
            }
            return capacity.change() == null ? "a change finguard does not make" : capacity.change().description();
        }
    }

    private static Verdict verdict(Capacity capacity, TrainingWorkload training, Resource r) {
        if (capacity.state() == Capacity.State.SPOT || capacity.state() == Capacity.State.EXTERNAL) {
            return Verdict.PASS;
        }
        TrainingWorkload.Verdict verdict = training.of(r);
        return switch (verdict.answer()) {
            case NOT_TRAINING -> Verdict.PASS;
            case UNKNOWN -> new Verdict(null, null, "whether it runs training: " + verdict.evidence());
            case TRAINING -> capacity.state() == Capacity.State.UNKNOWN
                    ? new Verdict(null, null, "whether it uses spot: " + capacity.detail())
                    : new Verdict(capacity, verdict.evidence(), null);
        };
    }

    /**
     * The finding, naming where the capacity setting comes from, with the edit that switches it to spot: in the
     * resource's own block, or where the value is set (decision 076).
     */
    private static void report(RuleContext context, Resource r, Verdict v, String sharedDisagreement,
                               SourceFix source) {
        Capacity capacity = v.capacity();
        ValueChain origin = context.origin(r, capacity.path().toArray(String[]::new));
        String message = "training compute " + ResourceValues.localAddress(r) + " (" + v.evidence()
                + ") runs on on-demand capacity: " + capacity.detail() + ValueOrigin.note(origin)
                + "; training checkpoints and resumes, so spot cuts its cost by up to 90 %";
        Location location = context.locate(r, capacity.path().toArray(String[]::new));
        SpotChange change = capacity.change();
        FixOutcome fix = change == null ? FixOutcome.no(capacity.notFixableReason())
                : AttributeFix.write(source, r, change.blockPath(), change.hclValues(), change.createBlock(),
                        change.description()).unless(sharedDisagreement);
        context.report(fix.finding(r, location, message, origin));
    }

    /** What the fix of each resource writes at an argument (dotted path), as HCL text; null when nothing. */
    private static String wanted(Verdict v, String argument) {
        SpotChange change = v == null || v.capacity() == null ? null : v.capacity().change();
        if (change == null) {
            return null;
        }
        String prefix = change.blockPath().isEmpty() ? "" : String.join(".", change.blockPath()) + ".";
        for (Map.Entry<String, HclValue> e : change.hclValues().entrySet()) {
            if (argument.equals(prefix + e.getKey())) {
                return e.getValue().text();
            }
        }
        return null;
    }
}
