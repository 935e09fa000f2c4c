package io.finguard.cleanup.ebs;

import io.finguard.cleanup.aws.Sleeper;
import io.finguard.cleanup.model.JobSettings;
import io.finguard.cleanup.model.Remediation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Decides, per scanned volume, which phase it is in: mark it, wait for its grace period, delete it, or remove a
 * stale mark. Volumes that are neither eligible nor marked are not reported.
 */
public final class VolumePlanner {

    /** How often and how long to wait for a snapshot; a Lambda invocation lasts at most 15 minutes. */
    public static final Duration SNAPSHOT_POLL = Duration.ofSeconds(15);
    public static final Duration SNAPSHOT_TIMEOUT = Duration.ofMinutes(10);

    private final VolumeContext ctx;
    private final EbsPriceTable prices;
    private final boolean snapshotBeforeDelete;

    public VolumePlanner(Ec2Client ec2, String region, JobSettings settings, EbsPriceTable prices, Clock clock,
                         Sleeper sleeper) {
        this.ctx = new VolumeContext(ec2, new VolumeReader(ec2, region),
                new VolumeEligibility(settings.minAge(), settings.keepTag()), settings.grace(), clock,
                new SnapshotWaiter(ec2, clock, sleeper, SNAPSHOT_POLL, SNAPSHOT_TIMEOUT));
        this.prices = prices;
        this.snapshotBeforeDelete = settings.snapshotBeforeDelete();
    }

    public List<Remediation> plan() {
        Instant now = ctx.clock().instant();
        List<Remediation> out = new ArrayList<>();
        for (VolumeView v : ctx.reader().candidates()) {
            EbsPriceTable.Quote q = prices.monthlyCost(v.region(), v.type(), v.sizeGiB(), v.iops(), v.throughput());
            VolumeCandidate c = new VolumeCandidate(v, q.monthlyUsd(), q.fallback());
            Optional<String> whyNot = ctx.eligibility().whyNot(v, now);
            Optional<Instant> mark = DeletionMark.parse(v.tags().get(DeletionMark.TAG_KEY));
            if (whyNot.isPresent()) {
                if (v.hasTag(DeletionMark.TAG_KEY)) {
                    out.add(new RemoveStaleMark(c, whyNot.get(), ctx));
                }
            } else if (mark.isEmpty()) {
                out.add(new MarkVolume(c, ctx));
            } else if (!mark.get().plus(ctx.grace()).isAfter(now)) {
                out.add(new DeleteVolume(c, mark.get(), snapshotBeforeDelete, ctx));
            } else {
                out.add(new AwaitGrace(c, mark.get(), mark.get().plus(ctx.grace())));
            }
        }
        return out;
    }
}
