package io.finguard.terraform.plan;

import io.finguard.terraform.TerraformModel;

/**
 * A loaded plan: the model rules check, and the configuration's references indexed by configuration address (the
 * same lists every {@link io.finguard.terraform.Resource#references()} carries), with
 * {@link PlanReferences#refersTo} to tie one resource to another. When the plan could not be read, the model
 * carries the error and {@code references} is {@link PlanReferences#EMPTY}.
 */
public record LoadedPlan(TerraformModel model, PlanReferences references) {
}
