package io.finguard.rules;

import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;

/**
 * The tags a resource ends up with: its provider's {@code default_tags} merged with its own {@code tags}, the
 * resource winning. In a plan, {@code tags_all} already is that merge, computed by Terraform itself, so it is read
 * first.
 */
public final class EffectiveTags {

    private EffectiveTags() {
    }

    /**
     * The value of one tag: null when the resource does not carry it, a {@link Value.Unknown} when it cannot be told
     * (an unknown tag map on the resource or its provider).
     */
    public static Value tag(Resource resource, String key) {
        Value all = resource.get("tags_all");
        if (all instanceof Value.Obj o) {
            return present(o.get(key));
        }
        Value own = resource.get("tags");
        if (own instanceof Value.Unknown) {
            return own;
        }
        if (own instanceof Value.Obj o && present(o.get(key)) != null) {
            return o.get(key);
        }
        Value defaults = resource.provider() == null ? null : resource.provider().defaultTags();
        if (defaults instanceof Value.Unknown) {
            return defaults;
        }
        return defaults instanceof Value.Obj d ? present(d.get(key)) : null;
    }

    private static Value present(Value v) {
        return v instanceof Value.Null ? null : v;
    }
}
