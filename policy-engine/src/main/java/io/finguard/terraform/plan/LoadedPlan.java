package io.finguard.terraform.plan;

import io.finguard.terraform.TerraformModel;

/**
 * A loaded plan: the model rules check, and the configuration references that the model's shape has no room for.
 * When the plan could not be read, the model carries the error and {@code references} is
 * {@link PlanReferences#EMPTY}.
 */
public record LoadedPlan(TerraformModel model, PlanReferences references) {
}
