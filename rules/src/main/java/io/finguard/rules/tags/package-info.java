/**
 * FG101 mandatory-tags: what a resource's effective tags are (provider {@code default_tags}, its own {@code tags},
 * a plan's {@code tags_all}, an autoscaling group's {@code tag} blocks) and whether they satisfy the tag policy.
 * Depends on the rule API and the Terraform model only.
 */
package io.finguard.rules.tags;
