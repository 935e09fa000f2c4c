/**
 * FG301 training-on-spot: recognising training compute and reading whether each kind of compute buys spot.
 * Depends on the rule API, the shared readers of {@code io.finguard.rules} and FG101's effective tags
 * ({@code io.finguard.rules.tags.EffectiveTags}) only.
 */
package io.finguard.rules.spot;
