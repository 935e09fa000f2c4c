/**
 * The rule SPI: everything a rule needs ({@link io.finguard.api.Rule}, {@link io.finguard.api.RuleContext},
 * metadata, parameters, severities) and nothing else. Rules are found with {@link java.util.ServiceLoader}, so a
 * user's jar can add rules. Depends on the Terraform model only; must not depend on the engine, reports or CLI.
 */
package io.finguard.api;
