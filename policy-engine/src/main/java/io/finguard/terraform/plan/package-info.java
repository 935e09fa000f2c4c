/**
 * Reads {@code terraform show -json} output into the same {@link io.finguard.terraform.TerraformModel} that HCL
 * loading produces, so rules check plan values without knowing where they came from. Entry point:
 * {@link io.finguard.terraform.plan.PlanLoader}. Bad input never throws: it becomes a
 * {@link io.finguard.terraform.LoadError}.
 */
package io.finguard.terraform.plan;
