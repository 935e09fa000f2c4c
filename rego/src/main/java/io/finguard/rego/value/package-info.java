/** Rego values (JSON plus sets and non-string object keys), their OPA ordering, printing and JSON conversion. */
package io.finguard.rego.value;
