/** The syntax tree of Rego modules and queries, as the parser builds it and the compiler rewrites it. */
package io.finguard.rego.ast;
