/**
 * FG501 log-retention and FG502 lambda-log-group, which share one retention policy (environment and max days).
 * Depends on the rule API and the shared readers of {@code io.finguard.rules} only.
 */
package io.finguard.rules.logs;
