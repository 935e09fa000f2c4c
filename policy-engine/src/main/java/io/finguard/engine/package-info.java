/**
 * Runs rules over a model: the rule registry, configuration, the scanner with its filters, suppressions,
 * fingerprints and baselines, the changed-files filter (JGit, read-only), and the scan result the reports render.
 * Knows the model and the rule API; knows nothing of report formats or the CLI.
 */
package io.finguard.engine;
