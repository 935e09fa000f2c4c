/**
 * Renders what finguard found for people and machines: the loaded model for {@code inspect}, and scan results as
 * text, JSON, SARIF, JUnit XML, GitHub workflow commands and Markdown through {@link io.finguard.report.Reports}.
 * Knows the engine's results, the rule API and the model; never the CLI (the tool version is passed in).
 */
package io.finguard.report;
