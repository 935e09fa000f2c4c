package io.finguard.cleanup.ebs;

import io.finguard.cleanup.model.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a volume may be cleaned up: unattached ({@code available}), older than the minimum age and without the
 * keep tag. EC2 records no detach time, so age is counted from creation; the grace period after marking is what
 * protects a volume that was detached only recently.
 */
public final class VolumeEligibility {

    private final Duration minAge;
    private final String keepTag;

    public VolumeEligibility(Duration minAge, String keepTag) {
        this.minAge = minAge;
        this.keepTag = keepTag;
    }

    /** Empty when eligible, else why not (worded for a report: "attached", "has tag finguard:keep"). */
    public Optional<String> whyNot(VolumeView v, Instant now) {
        if (!"available".equals(v.state()) || v.attachments() > 0) {
            return Optional.of("state is " + v.state() + (v.attachments() > 0 ? " (attached)" : ""));
        }
        if (v.hasTag(keepTag)) {
            return Optional.of("has tag " + keepTag);
        }
        if (v.createTime() != null && v.createTime().plus(minAge).isAfter(now)) {
            return Optional.of("younger than the minimum age " + DurationText.format(minAge));
        }
        return Optional.empty();
    }
}
