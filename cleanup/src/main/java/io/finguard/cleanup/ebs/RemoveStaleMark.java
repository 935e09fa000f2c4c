package io.finguard.cleanup.ebs;

import io.finguard.cleanup.aws.AwsAction;
import io.finguard.cleanup.aws.AwsCall;
import io.finguard.cleanup.model.Action;
import io.finguard.cleanup.model.ActionType;
import io.finguard.cleanup.model.Remediation;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * A marked volume that is no longer eligible (attached again, or given the keep tag). Its mark is removed:
 * left in place, it would let the volume be deleted without a new grace period the next time it is detached.
 * Reported as action {@code none} because nothing about the volume's cost changes.
 */
final class RemoveStaleMark implements Remediation {

    private final VolumeCandidate candidate;
    private final String whyNotEligible;
    private final VolumeContext ctx;

    RemoveStaleMark(VolumeCandidate candidate, String whyNotEligible, VolumeContext ctx) {
        this.candidate = candidate;
        this.whyNotEligible = whyNotEligible;
        this.ctx = ctx;
    }

    @Override
    public List<Action> plan() {
        return List.of(candidate.planned(ActionType.NONE, "marked for deletion but no longer eligible ("
                + whyNotEligible + "): remove the mark " + DeletionMark.TAG_KEY, 0));
    }

    @Override
    public List<Action> apply() {
        Action action = plan().get(0);
        String id = candidate.volume().id();
        Optional<VolumeView> now = ctx.reader().reread(id);
        if (now.isEmpty()) {
            return List.of(action.skipped("volume no longer exists"));
        }
        if (!now.get().hasTag(DeletionMark.TAG_KEY)) {
            return List.of(action.skipped("mark already removed"));
        }
        if (ctx.eligibility().whyNot(now.get(), ctx.clock().instant()).isEmpty()) {
            return List.of(action.skipped("eligible again since the scan; mark kept"));
        }
        Tag mark = Tag.builder().key(DeletionMark.TAG_KEY).build();
        AwsCall.of(AwsAction.EC2_DELETE_TAGS, () -> ctx.ec2().deleteTags(r -> r.resources(id).tags(mark)));
        return List.of(action.done());
    }
}
