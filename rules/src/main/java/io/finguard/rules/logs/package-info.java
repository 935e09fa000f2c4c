/**
 * FG501 log-retention and FG502 lambda-log-group, which share one retention policy (environment and max days).
 * Depends on the rule API, the shared readers of {@code io.finguard.rules} and FG101's effective tags
 * ({@code io.finguard.rules.tags.EffectiveTags}) only.
 */
package io.finguard.rules.logs;
