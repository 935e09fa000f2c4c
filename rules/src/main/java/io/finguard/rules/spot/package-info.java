/**
 * FG301 training-on-spot: recognising training compute, reading whether each kind of compute buys spot, and what
 * to write to make it spot where finguard can. Depends on the rule API and its edit library, the shared readers
 * and fix builders of {@code io.finguard.rules} and FG101's effective tags
 * ({@code io.finguard.rules.tags.EffectiveTags}) only.
 */
package io.finguard.rules.spot;
