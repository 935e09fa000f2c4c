package io.finguard.cleanup.ebs;

import io.finguard.cleanup.aws.AwsAction;
import io.finguard.cleanup.aws.AwsCall;
import io.finguard.cleanup.aws.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/**
 * Polls a snapshot until it is {@code completed}. A bounded loop rather than the SDK waiter, so the clock and the
 * sleeping can be injected (tests run instantly) and the limit fits inside a Lambda invocation.
 */
public final class SnapshotWaiter {

    /** Why a snapshot did not complete. */
    public static final class SnapshotFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SnapshotFailed(String message) {
            super(message);
        }
    }

    private final Ec2Client ec2;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration interval;
    private final Duration timeout;

    public SnapshotWaiter(Ec2Client ec2, Clock clock, Sleeper sleeper, Duration interval, Duration timeout) {
        this.ec2 = ec2;
        this.clock = clock;
        this.sleeper = sleeper;
        this.interval = interval;
        this.timeout = timeout;
    }

    /** @throws SnapshotFailed when the snapshot ends in {@code error}, vanishes, or is not done within the timeout */
    public void awaitCompleted(String snapshotId) {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            Snapshot s = AwsCall.of(AwsAction.EC2_DESCRIBE_SNAPSHOTS,
                    () -> ec2.describeSnapshots(r -> r.snapshotIds(snapshotId)).snapshots().stream().findFirst())
                    .orElseThrow(() -> new SnapshotFailed("snapshot " + snapshotId + " disappeared"));
            String state = s.stateAsString();
            if ("completed".equals(state)) {
                return;
            }
            if ("error".equals(state) || "recoverable".equals(state)) {
                throw new SnapshotFailed("snapshot " + snapshotId + " is in state " + state
                        + (s.stateMessage() == null ? "" : ": " + s.stateMessage()));
            }
            if (!clock.instant().plus(interval).isBefore(deadline)) {
                throw new SnapshotFailed("snapshot " + snapshotId + " not completed within " + timeout
                        + " (state " + state + ", " + s.progress() + "); volume kept");
            }
            try {
                sleeper.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SnapshotFailed("interrupted while waiting for snapshot " + snapshotId);
            }
        }
    }
}
