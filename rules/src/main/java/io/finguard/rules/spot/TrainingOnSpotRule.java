package io.finguard.rules.spot;

import io.finguard.api.FindingDraft;
import io.finguard.api.ParameterSpec;
import io.finguard.api.ParameterType;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.rules.EditableSource;
import io.finguard.rules.ResourceValues;
import io.finguard.rules.RuleDocs;
import io.finguard.terraform.Resource;

import java.util.List;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

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
        for (Resource r : context.resources(METADATA.resourceTypes().toArray(String[]::new))) {
            Capacity capacity = spot.of(r);
            if (capacity.state() == Capacity.State.SPOT || capacity.state() == Capacity.State.EXTERNAL) {
                continue;
            }
            TrainingWorkload.Verdict verdict = training.of(r);
            if (verdict.answer() == TrainingWorkload.Answer.NOT_TRAINING) {
                continue;
            }
            if (verdict.answer() == TrainingWorkload.Answer.UNKNOWN) {
                context.unverified(r, "whether it runs training: " + verdict.evidence());
            } else if (capacity.state() == Capacity.State.UNKNOWN) {
                context.unverified(r, "whether it uses spot: " + capacity.detail());
            } else {
                String message = "training compute " + ResourceValues.localAddress(r) + " (" + verdict.evidence()
                        + ") runs on on-demand capacity: " + capacity.detail()
                        + "; training checkpoints and resumes, so spot cuts its cost by up to 90 %";
                String[] path = capacity.path().toArray(String[]::new);
                context.report(EditableSource.require(new FindingDraft(r, context.locate(r, path), message,
                        capacity.fixable(), capacity.notFixableReason())));
            }
        }
    }
}
