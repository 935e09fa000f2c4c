package io.finguard.cleanup.logs;

/**
 * CloudWatch Logs storage ("archived") list price, USD per GB-month, in us-east-1 as published on the CloudWatch
 * pricing page in 2024-2025 (transcribed 2026-11-23). Most regions charge the same or within a few cents, so one
 * figure is used everywhere; it only estimates what deleting a group's stored bytes saves.
 */
final class LogStoragePrice {

    static final double USD_PER_GB_MONTH = 0.03;

    private LogStoragePrice() {
    }

    static double monthlyUsd(long storedBytes) {
        return storedBytes / 1_000_000_000.0 * USD_PER_GB_MONTH;
    }
}
