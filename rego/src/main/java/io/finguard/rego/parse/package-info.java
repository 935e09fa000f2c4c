/** The Rego lexer and parser (v0 and v1 syntax) and METADATA annotation reading. */
package io.finguard.rego.parse;
