/**
 * The Terraform model finguard checks: modules, variables, locals, providers with their default tags, resources
 * with evaluated values, loaded from HCL ({@link io.finguard.terraform.load}) or from plan JSON
 * ({@link io.finguard.terraform.plan}). Knows io.finguard.hcl; knows nothing of rules, reports or the CLI.
 */
package io.finguard.terraform;
