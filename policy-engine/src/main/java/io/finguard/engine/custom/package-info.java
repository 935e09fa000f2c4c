/**
 * Declarative custom rules from {@code finguard.yml}: attribute paths, conditions and the {@code Rule}
 * built from them. Depends on {@code io.finguard.api} and the model values only, never on the engine that runs them.
 */
package io.finguard.engine.custom;
