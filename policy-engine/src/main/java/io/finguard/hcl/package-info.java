/**
 * HCL2 native syntax: source files, a lossless token stream, the syntax tree with exact ranges, and the parser
 * ({@link io.finguard.hcl.HclParser}: never throws, problems are {@link io.finguard.hcl.Diagnostic}s).
 * Depends on nothing else in finguard; everything else may depend on it. See docs/decisions/001-own-hcl-parser.md.
 */
package io.finguard.hcl;
