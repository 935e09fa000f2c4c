package io.finguard.cleanup.ebs;

import io.finguard.cleanup.model.DurationText;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** What the volume remediations of one region share. */
record VolumeContext(Ec2Client ec2, VolumeReader reader, VolumeEligibility eligibility, Duration grace,
                     Clock clock, SnapshotWaiter snapshots) {

    String graceText() {
        return DurationText.format(grace);
    }
}
