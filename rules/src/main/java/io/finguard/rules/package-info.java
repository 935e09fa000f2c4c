/**
 * The built-in FinOps rules (one subpackage each, or per pair that shares a policy), the AWS facts they rely on, and
 * what several rules share: readers of resource values and links ({@link io.finguard.rules.ResourceValues},
 * {@link io.finguard.rules.ResourceLinks}, {@link io.finguard.rules.Scalars}) and fix builders, each answering with
 * a {@link io.finguard.rules.FixOutcome}: {@link io.finguard.rules.AttributeFix} for arguments,
 * {@link io.finguard.rules.CompanionBlock} and {@link io.finguard.rules.CompanionLabels} for new resources written
 * beside another, {@link io.finguard.rules.SharedBlocks} for blocks that several instances share. Depends on the
 * rule API, its edit library, the Terraform model and the syntax tree only; never on the engine, reports, fix
 * applier or CLI.
 */
package io.finguard.rules;
