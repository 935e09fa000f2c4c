package io.finguard.engine.custom;

import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.terraform.Resource;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * A {@link Rule} built from a {@link CustomRuleDefinition}: each resource of its types whose condition is false is
 * a finding, located at the first failing check's attribute; one whose condition depends on an unknown value is
 * unverified. Stateless, like every rule.
 */
public final class DeclarativeRule implements Rule {

    /**
     * SARIF wants an absolute {@code helpUri}; a custom rule has no page of its own, so it links the page that
     * explains how custom rules are written (see docs/decisions/040-custom-rules.md).
     */
    public static final String HELP_URI = "https://github.com/finguard/finguard/blob/main/docs/custom-rules.md";

    private final CustomRuleDefinition definition;
    private final RuleMetadata metadata;

    public DeclarativeRule(CustomRuleDefinition definition) {
        this.definition = definition;
        this.metadata = new RuleMetadata(definition.id(), definition.name(), definition.severity(),
                definition.message(), new LinkedHashSet<>(definition.resourceTypes()), List.of(), null, HELP_URI);
    }

    /** One rule per definition, in order. */
    public static List<Rule> of(List<CustomRuleDefinition> definitions) {
        return definitions.stream().<Rule>map(DeclarativeRule::new).toList();
    }

    public CustomRuleDefinition definition() {
        return definition;
    }

    @Override
    public RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public void check(RuleContext context) {
        for (Resource resource : context.resources(definition.resourceTypes().toArray(String[]::new))) {
            Outcome outcome = definition.condition().evaluate(resource.values());
            switch (outcome.status()) {
                case FAIL -> context.report(resource, definition.message(), outcome.locatePath(resource.values()));
                case UNKNOWN -> context.unverified(resource, definition.id() + " depends on an unknown value: "
                        + outcome.unknown());
                case PASS -> {
                }
            }
        }
    }

    @Override
    public String toString() {
        return "custom rule " + definition.id();
    }
}
