package io.finguard.cleanup.ebs;

import io.finguard.cleanup.aws.AwsAction;
import io.finguard.cleanup.aws.AwsCall;
import io.finguard.cleanup.model.Action;
import io.finguard.cleanup.model.ActionType;
import io.finguard.cleanup.model.Remediation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * Phase two: delete a volume whose mark is older than the grace period, after snapshotting it when asked. Just
 * before acting it reads the volume again; if it was attached, given the keep tag, unmarked or re-marked since the
 * scan, it is left alone. The volume is never deleted when its snapshot did not complete.
 */
final class DeleteVolume implements Remediation {

    static final String SOURCE_VOLUME_TAG = "finguard:source-volume";

    private final VolumeCandidate candidate;
    private final Instant markedAt;
    private final boolean snapshotFirst;
    private final VolumeContext ctx;

    DeleteVolume(VolumeCandidate candidate, Instant markedAt, boolean snapshotFirst, VolumeContext ctx) {
        this.candidate = candidate;
        this.markedAt = markedAt;
        this.snapshotFirst = snapshotFirst;
        this.ctx = ctx;
    }

    @Override
    public List<Action> plan() {
        List<Action> actions = new ArrayList<>();
        if (snapshotFirst) {
            actions.add(candidate.planned(ActionType.SNAPSHOT, "keep a snapshot of " + candidate.volume().id()
                    + " before deleting it (snapshot storage is billed separately)", 0));
        }
        actions.add(candidate.planned(ActionType.DELETE, candidate.describe() + "; marked " + markedAt
                + ", grace " + ctx.graceText() + " over", candidate.monthlyUsd()));
        return actions;
    }

    @Override
    public List<Action> apply() {
        List<Action> planned = plan();
        Optional<String> stillEligible = recheck();
        if (stillEligible.isPresent()) {
            return planned.stream().map(a -> a.skipped(stillEligible.get())).toList();
        }
        List<Action> out = new ArrayList<>();
        Action delete = planned.get(planned.size() - 1);
        if (snapshotFirst) {
            Action snapshot = planned.get(0);
            try {
                snapshot();
                out.add(snapshot.done());
            } catch (RuntimeException e) {
                out.add(snapshot.failed(e.getMessage()));
                out.add(delete.skipped("not deleted because its snapshot did not complete"));
                return out;
            }
        }
        String id = candidate.volume().id();
        AwsCall.of(AwsAction.EC2_DELETE_VOLUME, () -> ctx.ec2().deleteVolume(r -> r.volumeId(id)));
        out.add(delete.done());
        return out;
    }

    /** Empty when the volume may still be deleted, else why not. */
    private Optional<String> recheck() {
        Optional<VolumeView> now = ctx.reader().reread(candidate.volume().id());
        if (now.isEmpty()) {
            return Optional.of("volume no longer exists");
        }
        Optional<String> whyNot = ctx.eligibility().whyNot(now.get(), ctx.clock().instant());
        if (whyNot.isPresent()) {
            return Optional.of("changed since the scan: " + whyNot.get());
        }
        Optional<Instant> mark = DeletionMark.parse(now.get().tags().get(DeletionMark.TAG_KEY));
        if (mark.isEmpty() || !mark.get().equals(markedAt)) {
            return Optional.of("deletion mark removed or changed since the scan");
        }
        return Optional.empty();
    }

    private void snapshot() {
        String id = candidate.volume().id();
        TagSpecification tags = TagSpecification.builder().resourceType(ResourceType.SNAPSHOT)
                .tags(Tag.builder().key(SOURCE_VOLUME_TAG).value(id).build()).build();
        String snapshotId = AwsCall.of(AwsAction.EC2_CREATE_SNAPSHOT, () -> ctx.ec2().createSnapshot(r -> r
                .volumeId(id).description("finguard cleanup: " + id + " before deletion").tagSpecifications(tags)))
                .snapshotId();
        ctx.snapshots().awaitCompleted(snapshotId);
    }
}
