/**
 * HCL2 native syntax: source files, a lossless token stream, the syntax tree with exact ranges, and the parser.
 * Depends on nothing else in finguard; everything else may depend on it.
 */
package io.finguard.hcl;
