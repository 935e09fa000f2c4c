/**
 * Renders what finguard found for people and machines: the loaded model for {@code inspect} now, findings in every
 * report format later. Knows the model; the CLI and the Maven plugin choose a renderer.
 */
package io.finguard.report;
