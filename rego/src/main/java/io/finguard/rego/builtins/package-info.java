/** The builtin functions, registered by area; each checks its operands with OPA's error wording. */
package io.finguard.rego.builtins;
