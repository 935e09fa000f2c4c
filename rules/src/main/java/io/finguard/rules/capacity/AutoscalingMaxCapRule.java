package io.finguard.rules.capacity;

import io.finguard.api.FindingDraft;
import io.finguard.api.ParameterSpec;
import io.finguard.api.ParameterType;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.api.edit.HclValue;
import io.finguard.rules.AttributeFix;
import io.finguard.rules.FixOutcome;
import io.finguard.rules.RuleDocs;
import io.finguard.rules.SharedBlocks;
import io.finguard.rules.SourceFix;
import io.finguard.rules.ValueOrigin;
import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;
import io.finguard.terraform.origin.ValueChain;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FG201 autoscaling-max-cap: the upper bound of autoscaling capacity stays at or below the cap, which is lower for
 * accelerated instance types, and min and desired stay at or below the upper bound (docs/reference.md, Rules).
 */
public final class AutoscalingMaxCapRule implements Rule {

    static final String MAX = "max";
    static final String MAX_GPU = "max-gpu";
    static final String PER_TYPE = "per-type";

    private static final RuleMetadata METADATA = new RuleMetadata("FG201", "autoscaling-max-cap", Severity.HIGH,
            "Autoscaling upper bounds stay at or below the cap (lower for GPU instance types), and min and desired "
                    + "capacity stay at or below the upper bound.",
            Set.copyOf(ScalingBounds.BY_TYPE.keySet()),
            List.of(
                    new ParameterSpec(MAX, ParameterType.INTEGER, 20, "cap of the upper bound"),
                    new ParameterSpec(MAX_GPU, ParameterType.INTEGER, 8,
                            "cap of the upper bound when the instance types are accelerated "
                                    + "(families p, g, trn, inf, dl)"),
                    new ParameterSpec(PER_TYPE, ParameterType.INTEGER_MAP, Map.of(),
                            "per resource type: the cap for that type, instead of max and max-gpu")),
            RuleDocs.resource("FG201"), RuleDocs.helpUri("FG201"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        CapacityCheck check = new CapacityCheck(CapPolicy.from(context.parameters()),
                new InstanceTypeFinder(context));
        List<Resource> resources = context.resources(ScalingBounds.BY_TYPE.keySet().toArray(String[]::new));
        Map<Resource, CapacityVerdict> verdicts = new IdentityHashMap<>();
        for (Resource resource : resources) {
            verdicts.put(resource, check.check(resource, ScalingBounds.BY_TYPE.get(resource.type())));
        }
        SharedBlocks shared = new SharedBlocks(resources);
        SourceFix source = new SourceFix(context, resources, (r, argument) -> {
            Object want = fixTo(verdicts.get(r));
            ScalingBounds bounds = ScalingBounds.BY_TYPE.get(r.type());
            return want != null && argument.equals(String.join(".", bounds.path(bounds.max())))
                    ? HclValue.of(want).text() : null;
        });
        for (Resource resource : resources) {
            CapacityVerdict verdict = verdicts.get(resource);
            if (verdict == null) {
                continue;
            }
            if (verdict.violated()) {
                report(context, resource, verdict, shared.disagreement(resource, r -> fixTo(verdicts.get(r))),
                        source);
            } else if (!verdict.unknowns().isEmpty()) {
                context.unverified(resource, String.join("; ", verdict.unknowns()));
            }
        }
    }

    /** The cap a resource's fix would write, or null when it needs no fix (or cannot have one). */
    private static Object fixTo(CapacityVerdict verdict) {
        return verdict != null && verdict.violated() && verdict.fixable() ? verdict.fixTo() : null;
    }

    /**
     * The finding, naming where the bound comes from, with the fix setting the upper bound to the cap when min and
     * desired fit: in the block, or where the value is set (decision 076).
     */
    private static void report(RuleContext context, Resource resource, CapacityVerdict verdict,
                               String sharedDisagreement, SourceFix source) {
        Location location = context.locate(resource, verdict.path());
        ValueChain origin = context.origin(resource, verdict.path());
        String message = verdict.message() + ValueOrigin.clause(origin);
        if (!verdict.fixable()) {
            context.report(FindingDraft.notFixable(resource, location, message, verdict.notFixableReason())
                    .withOrigin(origin));
            return;
        }
        ScalingBounds bounds = ScalingBounds.BY_TYPE.get(resource.type());
        FixOutcome fix = AttributeFix.set(source, resource, HclValue.of(verdict.fixTo()), false,
                bounds.path(bounds.max())).unless(sharedDisagreement);
        context.report(fix.finding(resource, location, message, origin));
    }
}
