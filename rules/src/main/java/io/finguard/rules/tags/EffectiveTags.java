package io.finguard.rules.tags;

import io.finguard.terraform.ProviderConfig;
import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;

import java.util.Arrays;

/**
 * Chooses where a resource's effective tags come from. Public because every rule that reads a tag (FG301's
 * {@code Workload}, FG501's {@code Environment}) must see the same merge FG101 checks.
 */
public final class EffectiveTags {

    static final String AUTOSCALING_GROUP = "aws_autoscaling_group";

    private EffectiveTags() {
    }

    /**
     * An autoscaling group's tag blocks; in plan mode a known {@code tags_all} (the provider's own merge, so the
     * truth); else the resource's {@code tags} over its provider's {@code default_tags}, which also serves a plan
     * whose {@code tags_all} is unknown, so that a key missing from both known layers is still reported.
     */
    public static ResourceTags of(Resource resource, boolean planMode) {
        if (AUTOSCALING_GROUP.equals(resource.type())) {
            return new AutoscalingGroupTags(resource.values());
        }
        Value tagsAll = resource.get("tags_all");
        if (planMode && tagsAll instanceof Value.Obj) {
            return new LayeredTags(Arrays.asList(tagsAll));
        }
        ProviderConfig provider = resource.provider();
        return new LayeredTags(Arrays.asList(resource.get("tags"), provider == null ? null : provider.defaultTags()));
    }
}
