/**
 * Immutable values of a cleanup run: settings, actions and the report. No AWS SDK types here, so the CLI layer can
 * use them without loading the SDK.
 */
package io.finguard.cleanup.model;
