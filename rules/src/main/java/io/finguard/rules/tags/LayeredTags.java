package io.finguard.rules.tags;

import io.finguard.rules.Scalars;
import io.finguard.terraform.Value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tag maps stacked the way the AWS provider merges them: the first layer that has a key wins. A resource's
 * {@code tags} go over its provider's {@code default_tags}; a plan's {@code tags_all} is a single layer. A layer
 * that is unknown as a whole hides every key not settled by a layer above it.
 */
final class LayeredTags implements ResourceTags {

    /** Most specific first; each an {@link Value.Obj}, an {@link Value.Unknown}, or null/{@link Value.Null}. */
    private final List<Value> layers;

    LayeredTags(List<Value> layers) {
        this.layers = new ArrayList<>(layers);
    }

    @Override
    public TagLookup lookup(String key) {
        for (Value layer : layers) {
            if (layer instanceof Value.Unknown u) {
                return TagLookup.unknown(u.source());
            }
            if (layer instanceof Value.Obj map) {
                Value value = map.get(key);
                // a null element is dropped by the provider, so a lower layer's value shows through
                if (value == null || value instanceof Value.Null) {
                    continue;
                }
                if (value instanceof Value.Unknown u) {
                    return TagLookup.unknown(u.source());
                }
                String text = Scalars.text(value);
                return text == null ? TagLookup.unknown(key + " is not a string") : TagLookup.present(text);
            }
        }
        return TagLookup.ABSENT;
    }

    @Override
    public Set<String> knownKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Value layer : layers) {
            if (layer instanceof Value.Obj map) {
                keys.addAll(map.entries().keySet());
            }
        }
        return keys;
    }
}
