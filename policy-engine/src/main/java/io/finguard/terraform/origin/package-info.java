/**
 * Where a value comes from: the chain of places (a resource's argument, locals, module arguments, variable
 * defaults, tfvars entries) that a value at fault flows through, so that a finding can name where a different value
 * would be set and a fix can be written there (docs/decisions/076-value-chains-and-fixes-at-source.md). The loader
 * records what each module instance declares ({@link io.finguard.terraform.origin.ValueSources}); the tracing
 * itself reads only that record, never the disk.
 */
package io.finguard.terraform.origin;
