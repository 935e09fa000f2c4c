package io.finguard.cleanup.aws;

import java.time.Duration;

/**
 * How hard the SDK clients retry. Throttling is normal when thousands of volumes are described and tagged, so the
 * defaults are generous: adaptive mode (client-side rate limiting once the service throttles), 8 attempts, and
 * exponential backoff with jitter from 100 ms up to 20 s.
 */
public record RetrySettings(boolean adaptive, int maxAttempts, Duration baseDelay, Duration maxBackoff) {

    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static RetrySettings defaults() {
        return new RetrySettings(true, 8, Duration.ofMillis(100), Duration.ofSeconds(20));
    }
}
