package io.finguard.rules.tags;

import io.finguard.api.LocateSteps;
import io.finguard.rules.Scalars;
import io.finguard.terraform.Value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tags of an {@code aws_autoscaling_group}: {@code tag { key value propagate_at_launch }} blocks, or the
 * {@code tags} list of maps that older provider versions wrote into plans. Provider {@code default_tags} never
 * reach a group, and a tag that does not propagate at launch never reaches the instances whose cost it should
 * allocate, so it counts as not there for cost purposes.
 */
final class AutoscalingGroupTags implements ResourceTags {

    private final List<Value.Obj> entries = new ArrayList<>();
    /** For each entry, where it is written: its {@code tag} block ({@code tag[2]}), or the {@code tags} list. */
    private final List<String> places = new ArrayList<>();
    /** Why some keys cannot be known: a dynamic block over an unknown collection, or an unknown key. */
    private String unknownSource;

    AutoscalingGroupTags(Value.Obj values) {
        for (String attribute : List.of("tag", "tags")) {
            Value blocks = values.get(attribute);
            if (blocks instanceof Value.Unknown u) {
                unknownSource = u.source();
            } else if (blocks instanceof Value.Seq seq) {
                for (int i = 0; i < seq.elements().size(); i++) {
                    // tag blocks are located one by one; the legacy tags list is one attribute
                    read(seq.elements().get(i), attribute.equals("tag") ? LocateSteps.nth(attribute, i) : attribute);
                }
            }
        }
    }

    private void read(Value element, String place) {
        if (element instanceof Value.Unknown u) {
            unknownSource = u.source();
        } else if (element instanceof Value.Obj entry) {
            if (entry.get("key") instanceof Value.Unknown u) {
                unknownSource = u.source();
            } else {
                entries.add(entry);
                places.add(place);
            }
        }
    }

    @Override
    public String[] where(String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (key.equals(Scalars.text(entries.get(i).get("key")))) {
                return new String[]{places.get(i)};
            }
        }
        return ResourceTags.super.where(key);
    }

    @Override
    public TagLookup lookup(String key) {
        for (Value.Obj entry : entries) {
            if (!key.equals(Scalars.text(entry.get("key")))) {
                continue;
            }
            Value value = entry.get("value");
            if (value instanceof Value.Unknown u) {
                return TagLookup.unknown(u.source());
            }
            Value propagate = entry.get("propagate_at_launch");
            if (propagate instanceof Value.Unknown u) {
                return TagLookup.unknown(u.source());
            }
            String text = Scalars.text(value);
            // plans of old provider versions wrote the flag as the string "true"
            return "true".equals(Scalars.text(propagate)) ? TagLookup.present(text == null ? "" : text)
                    : TagLookup.notPropagated(text);
        }
        return unknownSource == null ? TagLookup.ABSENT : TagLookup.unknown(unknownSource);
    }

    @Override
    public Set<String> knownKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Value.Obj entry : entries) {
            String key = Scalars.text(entry.get("key"));
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }
}
