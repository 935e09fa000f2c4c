/**
 * The rule SPI: everything a rule needs ({@link io.finguard.api.Rule}, {@link io.finguard.api.RuleContext},
 * metadata, parameters, severities, the {@link io.finguard.api.FindingDraft} it reports and the
 * {@link io.finguard.api.Fix} it may carry, with the edit library in {@code io.finguard.api.edit}) and nothing else.
 * Rules are found with {@link java.util.ServiceLoader}, so a user's jar can add rules. Depends on the Terraform model
 * and the syntax tree ({@code io.finguard.hcl}, whose source files fixes edit) only; must not depend on the engine,
 * reports, fix applier or CLI.
 */
package io.finguard.api;
