/**
 * FG501 log-retention and FG502 lambda-log-group, which share one retention policy (environment and max days), and
 * their fixes (the retention set, a log group written beside its function). Depends on the rule API and its edit
 * library, the shared readers and fix builders of {@code io.finguard.rules} and FG101's effective tags
 * ({@code io.finguard.rules.tags.EffectiveTags}) only.
 */
package io.finguard.rules.logs;
