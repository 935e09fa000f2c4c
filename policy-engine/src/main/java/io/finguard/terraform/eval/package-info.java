/**
 * Evaluation of HCL expressions with Terraform semantics: scopes, the evaluator, the built-in functions, static
 * references and the canonical JSON form of values. Depends on {@code io.finguard.hcl} and the {@code Value} model
 * only; the module loader builds on it, never the other way round.
 */
package io.finguard.terraform.eval;
