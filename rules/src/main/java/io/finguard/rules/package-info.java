/**
 * The built-in FinOps rules and the AWS facts they rely on. Depends on the engine's API only.
 */
package io.finguard.rules;
