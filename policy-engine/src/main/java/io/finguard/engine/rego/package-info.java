/**
 * Rego policies in a scan: the documents a policy sees as {@code input} ({@link io.finguard.engine.rego.RegoInput}),
 * and the conftest conventions ({@code deny}, {@code violation}, {@code warn}) turned into rules whose results are
 * findings like any other ({@link io.finguard.engine.rego.PolicyRules}).
 */
package io.finguard.engine.rego;
