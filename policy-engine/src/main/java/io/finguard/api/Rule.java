package io.finguard.api;

/**
 * A cost rule. Implementations are stateless (one instance may check several models at once) and are registered
 * in {@code META-INF/services/io.finguard.api.Rule}.
 */
public interface Rule {

    RuleMetadata metadata();

    /** Looks at the model through the context and reports findings and unverified resources to it. */
    void check(RuleContext context);
}
