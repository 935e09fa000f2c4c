/** Compilation (name resolution, safety ordering) and top-down evaluation of Rego. */
package io.finguard.rego.eval;
