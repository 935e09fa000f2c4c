package io.finguard.cleanup.job;

import io.finguard.cleanup.model.CleanupReport;
import io.finguard.cleanup.model.JobSettings;

/** Runs a cleanup job. Its signature has no AWS SDK types, so command classes can hold one without loading the SDK. */
public interface JobRunner {

    /** @throws IllegalArgumentException for settings that cannot work (no region, a malformed region or endpoint) */
    CleanupReport run(JobSettings settings);
}
