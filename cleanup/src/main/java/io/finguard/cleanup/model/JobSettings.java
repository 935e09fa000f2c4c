package io.finguard.cleanup.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything a cleanup job needs to know, whether it runs from the CLI or in Lambda.
 *
 * @param regions              regions to clean; empty means the SDK's default region
 * @param minAge               a resource younger than this is never a candidate
 * @param keepTag              a volume carrying this tag key is never touched
 * @param grace                time between marking a volume and deleting it
 * @param snapshotBeforeDelete snapshot a volume (and wait for it) before deleting it
 * @param apply                change resources; false is a dry run
 * @param endpointUrl          an AWS-compatible endpoint for every client, or null
 * @param profile              a named profile for credentials and region, or null
 */
public record JobSettings(List<String> regions, Duration minAge, String keepTag, Duration grace,
                          boolean snapshotBeforeDelete, boolean apply, String endpointUrl, String profile) {

    public static final Duration DEFAULT_MIN_AGE = Duration.ofDays(7);
    public static final Duration DEFAULT_GRACE = Duration.ofDays(7);
    public static final String DEFAULT_KEEP_TAG = "finguard:keep";

    public JobSettings {
        regions = List.copyOf(regions);
        Objects.requireNonNull(minAge, "minAge");
        Objects.requireNonNull(grace, "grace");
        if (keepTag == null || keepTag.isBlank()) {
            throw new IllegalArgumentException("the keep tag must not be empty");
        }
    }

    public static JobSettings defaults() {
        return new JobSettings(List.of(), DEFAULT_MIN_AGE, DEFAULT_KEEP_TAG, DEFAULT_GRACE, false, false, null, null);
    }

    public JobSettings withApply(boolean newApply) {
        return new JobSettings(regions, minAge, keepTag, grace, snapshotBeforeDelete, newApply, endpointUrl, profile);
    }

    public JobSettings withRegions(List<String> newRegions) {
        return new JobSettings(newRegions, minAge, keepTag, grace, snapshotBeforeDelete, apply, endpointUrl, profile);
    }
}
