package io.finguard.engine;

import java.util.List;

/**
 * What one rule that ran looked at: the resources it checked, passing or not. Reports that list checks rather than
 * problems (JUnit XML: one test case per rule and resource) read it; a finding's resource is always among them.
 * <p>
 * A rule checked a resource when the engine handed it over: a managed resource that creates something, of a type
 * the rule asked {@link io.finguard.api.RuleContext#resources} for (every type when it asked for all), narrowed to
 * the types its metadata declares when it declares any, so that resources it only reads to link others (the launch
 * templates FG201 takes instance types from) are not counted as checked. Resources a rule reported on without
 * asking (a custom rule walking the model itself) are added.
 *
 * @param ruleId    e.g. {@code FG101}
 * @param rule      e.g. {@code mandatory-tags}
 * @param resources in model order, one entry per resource
 */
public record RuleCoverage(String ruleId, String rule, List<CheckedResource> resources) {

    public RuleCoverage {
        resources = List.copyOf(resources);
    }

    /**
     * One resource a rule checked.
     *
     * @param resource   the full address
     * @param file       relative to the scan root, as findings have it (null for a plan without HCL)
     * @param line       the block header's line (0 without HCL)
     * @param unverified why the rule could not check it (a value was unknown), or null when it could
     */
    public record CheckedResource(String resource, String resourceType, String file, int line, String unverified) {
    }
}
