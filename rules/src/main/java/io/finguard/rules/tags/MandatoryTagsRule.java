package io.finguard.rules.tags;

import io.finguard.api.ParameterSpec;
import io.finguard.api.ParameterType;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.rules.FixOutcome;
import io.finguard.rules.RuleDocs;
import io.finguard.rules.SharedBlocks;
import io.finguard.rules.TaggableResourceTypes;
import io.finguard.terraform.Resource;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FG101 mandatory-tags: every taggable resource carries the cost-allocation tags, with allowed values.
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
            RuleDocs.resource("FG101"), RuleDocs.helpUri("FG101"));

    private final TaggableResourceTypes taggable = TaggableResourceTypes.builtIn();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        TagPolicy policy = TagPolicy.from(context.parameters());
        Set<String> excluded = Set.copyOf(context.parameters().stringList(EXCLUDE_TYPES));
        boolean providerTarget = "provider".equals(context.parameters().string(FIX_TARGET));
        List<Resource> checked = context.resources().stream()
                .filter(r -> !excluded.contains(r.type()) && carriesTags(r.type())).toList();
        Map<Resource, TagVerdict> verdicts = new IdentityHashMap<>();
        for (Resource resource : checked) {
            verdicts.put(resource, policy.check(EffectiveTags.of(resource, context.planMode())));
        }
        SharedBlocks shared = new SharedBlocks(checked);
        for (Resource resource : checked) {
            TagVerdict verdict = verdicts.get(resource);
            if (verdict.violated()) {
                TagRepair repair = TagRepair.of(verdict, policy);
                FixOutcome fix = TagFixes.of(resource, repair, providerTarget);
                if (!providerTarget || EffectiveTags.AUTOSCALING_GROUP.equals(resource.type())) {
                    // the resource's own block is edited: every instance written by it must need the same edit
                    fix = fix.unless(shared.disagreement(resource, r -> verdicts.get(r).violated()
                            ? TagRepair.of(verdicts.get(r), policy).wanted() : null));
                }
                context.report(fix.finding(resource, context.locate(resource, where(resource, verdict, context)),
                        verdict.message()));
            } else if (!verdict.unknown().isEmpty()) {
                context.unverified(resource, "unknown value of " + String.join(", ", verdict.unknown()));
            }
        }
    }

    /**
     * Where the finding points: at what its message names first. A missing tag is nowhere, so the tags (or the
     * block); a wrong value where that value is written, which for an autoscaling group is one of its tag blocks.
     */
    private static String[] where(Resource resource, TagVerdict verdict, RuleContext context) {
        if (!verdict.missing().isEmpty() || verdict.invalid().isEmpty()) {
            return new String[]{TagsMapEdit.TAGS};
        }
        String first = verdict.invalid().keySet().iterator().next();
        return EffectiveTags.of(resource, context.planMode()).where(first);
    }

    private boolean carriesTags(String type) {
        return taggable.isTaggable(type) || EffectiveTags.AUTOSCALING_GROUP.equals(type);
    }
}
