/**
 * An in-process Rego engine: {@link io.finguard.rego.PolicySet} loads and compiles policies and data,
 * {@link io.finguard.rego.PolicySet#query} evaluates queries with OPA's semantics and result shape.
 */
package io.finguard.rego;
