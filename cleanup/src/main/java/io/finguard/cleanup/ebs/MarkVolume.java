package io.finguard.cleanup.ebs;

import io.finguard.cleanup.aws.AwsAction;
import io.finguard.cleanup.aws.AwsCall;
import io.finguard.cleanup.model.Action;
import io.finguard.cleanup.model.ActionType;
import io.finguard.cleanup.model.Remediation;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Tag;

/** Phase one: tag an eligible, unmarked volume with the deletion mark, starting its grace period. */
final class MarkVolume implements Remediation {

    private final VolumeCandidate candidate;
    private final VolumeContext ctx;

    MarkVolume(VolumeCandidate candidate, VolumeContext ctx) {
        this.candidate = candidate;
        this.ctx = ctx;
    }

    @Override
    public List<Action> plan() {
        return List.of(candidate.planned(ActionType.MARK, candidate.describe() + "; mark now, delete after the "
                + ctx.graceText() + " grace period", candidate.monthlyUsd()));
    }

    @Override
    public List<Action> apply() {
        Action action = plan().get(0);
        String id = candidate.volume().id();
        Optional<VolumeView> now = ctx.reader().reread(id);
        if (now.isEmpty()) {
            return List.of(action.skipped("volume no longer exists"));
        }
        Clock clock = ctx.clock();
        Optional<String> whyNot = ctx.eligibility().whyNot(now.get(), clock.instant());
        if (whyNot.isPresent()) {
            return List.of(action.skipped("no longer eligible: " + whyNot.get()));
        }
        if (DeletionMark.parse(now.get().tags().get(DeletionMark.TAG_KEY)).isPresent()) {
            return List.of(action.skipped("marked by another run since the scan"));
        }
        Ec2Client ec2 = ctx.ec2();
        Tag mark = Tag.builder().key(DeletionMark.TAG_KEY).value(DeletionMark.format(clock.instant())).build();
        AwsCall.of(AwsAction.EC2_CREATE_TAGS, () -> ec2.createTags(r -> r.resources(id).tags(mark)));
        return List.of(action.done());
    }
}
