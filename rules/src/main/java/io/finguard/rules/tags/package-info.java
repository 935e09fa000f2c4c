/**
 * FG101 mandatory-tags: what a resource's effective tags are (provider {@code default_tags}, its own {@code tags},
 * a plan's {@code tags_all}, an autoscaling group's {@code tag} blocks), whether they satisfy the tag policy, and
 * the edits that insert what is missing (into the {@code tags} map, the provider's {@code default_tags} or new
 * {@code tag} blocks). Depends on the rule API, its edit library, the Terraform model, the syntax tree and the shared
 * readers and fix builders of {@code io.finguard.rules} only.
 */
package io.finguard.rules.tags;
