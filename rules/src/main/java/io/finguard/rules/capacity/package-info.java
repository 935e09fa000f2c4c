/**
 * FG201 autoscaling-max-cap: where each autoscaling resource keeps its bounds, which instance types it launches
 * (directly or through launch templates) and the cap that applies. Depends on the rule API and the model only.
 */
package io.finguard.rules.capacity;
