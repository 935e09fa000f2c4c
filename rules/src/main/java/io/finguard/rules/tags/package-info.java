/**
 * FG101 mandatory-tags: what a resource's effective tags are (provider {@code default_tags}, its own {@code tags},
 * a plan's {@code tags_all}, an autoscaling group's {@code tag} blocks), whether they satisfy the tag policy, and
 * the edits that insert what is missing (into the {@code tags} map, the provider's {@code default_tags} or new
 * {@code tag} blocks). Depends on the rule API, its edit library and the Terraform model only.
 */
package io.finguard.rules.tags;
