/** Renders cleanup and deployment reports as JSON (stable, schema version 1) or readable text. */
package io.finguard.cleanup.report;
