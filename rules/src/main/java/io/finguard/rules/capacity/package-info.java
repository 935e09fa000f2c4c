/**
 * FG201 autoscaling-max-cap: where each autoscaling resource keeps its bounds, which instance types it launches
 * (directly or through launch templates), the cap that applies and the fix that sets it. Depends on the rule API
 * and its edit library, the shared readers and fix builders of {@code io.finguard.rules} and the model only.
 */
package io.finguard.rules.capacity;
