/**
 * Terraform type constraints ({@code variable "x" { type = ... }}) and the conversion of values to them, as
 * Terraform applies them to every input of a module: {@link io.finguard.terraform.types.TypeConstraint} and
 * {@link io.finguard.terraform.types.VariableConstraint}.
 */
package io.finguard.terraform.types;
