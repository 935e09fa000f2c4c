package io.finguard.rules.tags;

import io.finguard.api.FindingDraft;
import io.finguard.api.ParameterSpec;
import io.finguard.api.ParameterType;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.rules.TaggableResourceTypes;
import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FG101 mandatory-tags: every taggable resource carries the cost-allocation tags, with allowed values (SPEC §3).
 * An autoscaling group needs them as {@code tag} blocks that propagate at launch.
 */
public final class MandatoryTagsRule implements Rule {

    static final String REQUIRED_TAGS = "required-tags";
    static final String ALLOWED_VALUES = "allowed-values";
    static final String EXCLUDE_TYPES = "exclude-types";
    static final String FIX_VALUES = "fix-values";
    static final String FIX_TARGET = "fix-target";

    private static final RuleMetadata METADATA = new RuleMetadata("FG101", "mandatory-tags", Severity.HIGH,
            "Every taggable AWS resource carries the required cost-allocation tags with allowed values.",
            Set.of(),
            List.of(
                    new ParameterSpec(REQUIRED_TAGS, ParameterType.STRING_LIST,
                            List.of("Project", "Team", "Environment", "CostCenter", "Owner"),
                            "tag keys every taggable resource must carry (case-sensitive)"),
                    new ParameterSpec(ALLOWED_VALUES, ParameterType.VALUES_OR_PATTERN_MAP,
                            Map.of("Environment", List.of("dev", "staging", "prod")),
                            "per tag: a list of allowed values, or a regular expression the whole value matches"),
                    new ParameterSpec(EXCLUDE_TYPES, ParameterType.STRING_LIST, List.of(),
                            "resource types not to check"),
                    new ParameterSpec(FIX_VALUES, ParameterType.STRING_MAP, Map.of(),
                            "per tag: the value finguard fix inserts when the tag is missing"),
                    new ParameterSpec(FIX_TARGET, ParameterType.STRING, "resource",
                            "where finguard fix inserts missing tags: resource (its tags map) or provider "
                                    + "(default_tags)", List.of("resource", "provider"))),
            "/io/finguard/rules/docs/FG101.md",
            "https://github.com/finguard/finguard/blob/main/rules/src/main/resources/io/finguard/rules/docs/FG101.md");

    private final TaggableResourceTypes taggable = TaggableResourceTypes.builtIn();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        TagPolicy policy = TagPolicy.from(context.parameters());
        Set<String> excluded = Set.copyOf(context.parameters().stringList(EXCLUDE_TYPES));
        for (Resource resource : context.resources()) {
            if (excluded.contains(resource.type()) || !carriesTags(resource.type())) {
                continue;
            }
            TagVerdict verdict = policy.check(EffectiveTags.of(resource, context.planMode()));
            if (verdict.violated()) {
                context.report(finding(context, resource, policy, verdict));
            } else if (!verdict.unknown().isEmpty()) {
                context.unverified(resource, "unknown value of " + String.join(", ", verdict.unknown()));
            }
        }
    }

    private boolean carriesTags(String type) {
        return taggable.isTaggable(type) || EffectiveTags.AUTOSCALING_GROUP.equals(type);
    }

    private static FindingDraft finding(RuleContext context, Resource resource, TagPolicy policy,
                                        TagVerdict verdict) {
        Location location = context.locate(resource, "tags");
        String reason = notFixableReason(resource, policy, verdict);
        return new FindingDraft(resource, location, verdict.message(), reason == null, reason);
    }

    /** Why {@code finguard fix} cannot insert what is missing, or null when it can. */
    private static String notFixableReason(Resource resource, TagPolicy policy, TagVerdict verdict) {
        if (resource.syntax() == null) {
            return "the resource is known only from the plan";
        }
        if (EffectiveTags.AUTOSCALING_GROUP.equals(resource.type())) {
            return "autoscaling group tags are blocks, not a tags map";
        }
        if (!verdict.invalid().isEmpty()) {
            return "a tag that is there has a wrong value";
        }
        List<String> unfilled = verdict.missing().stream().filter(k -> !policy.canFill(k)).toList();
        return unfilled.isEmpty() ? null : "no allowed fix-values entry for " + String.join(", ", unfilled);
    }
}
