package io.finguard.cleanup.ebs;

import io.finguard.cleanup.model.Action;
import io.finguard.cleanup.model.ActionType;
import io.finguard.cleanup.model.Remediation;
import java.time.Instant;
import java.util.List;

/** A marked volume still in its grace period: reported so the reader sees what will go and when; nothing changes. */
final class AwaitGrace implements Remediation {

    private final VolumeCandidate candidate;
    private final Instant markedAt;
    private final Instant deletableAt;

    AwaitGrace(VolumeCandidate candidate, Instant markedAt, Instant deletableAt) {
        this.candidate = candidate;
        this.markedAt = markedAt;
        this.deletableAt = deletableAt;
    }

    @Override
    public List<Action> plan() {
        return List.of(candidate.planned(ActionType.NONE, candidate.describe() + "; marked " + markedAt
                + ", deletable after " + deletableAt, candidate.monthlyUsd()));
    }

    @Override
    public List<Action> apply() {
        return List.of(plan().get(0).done());
    }
}
