/**
 * FG301 training-on-spot: recognising training compute and reading whether each kind of compute buys spot.
 * Depends on the rule API and the shared readers of {@code io.finguard.rules} only.
 */
package io.finguard.rules.spot;
