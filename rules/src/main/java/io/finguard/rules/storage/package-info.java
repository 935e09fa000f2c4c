/**
 * FG401 s3-lifecycle: tying lifecycle and versioning resources to their buckets, judging what their rules do, and
 * writing what they lack.
 * Depends on the rule API and its edit library, the syntax tree, and the shared readers and fix builders of
 * {@code io.finguard.rules} only.
 */
package io.finguard.rules.storage;
