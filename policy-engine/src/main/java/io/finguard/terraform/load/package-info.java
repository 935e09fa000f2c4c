/**
 * Loads Terraform configurations from disk: finds module directories, parses their files, works out which
 * directories are roots and which are reached through local module calls, and evaluates every module instance into
 * the {@link io.finguard.terraform.TerraformModel} the way Terraform's plan would: a node per value evaluated on
 * demand ({@link io.finguard.terraform.load.ModuleInstance}), module {@code count}/{@code for_each} expanded
 * ({@link io.finguard.terraform.load.ModuleCall}), typed variables, and bodies with no instances only validated.
 * Reads files only; runs nothing and opens no connection. Depends on the syntax tree and the evaluator, never on
 * the engine, rules or reports.
 */
package io.finguard.terraform.load;
