package io.finguard.hcl;

import java.util.Collections;
import java.util.List;

/**
 * The lists a tree keeps (items, elements, arguments, labels, template parts), as immutable lists of exactly their
 * size. An {@code ArrayList} behind an unmodifiable view is three objects and a half-empty array per list; the 40
 * MB benchmark corpus kept over half a million of them (50 MB).
 */
final class FrozenLists {

    private FrozenLists() {
    }

    static <T> List<T> of(List<T> built) {
        for (T element : built) {
            if (element == null) {
                // List.copyOf refuses nulls; the parser adds none, but a tree must never fail to build
                return Collections.unmodifiableList(built);
            }
        }
        return List.copyOf(built);
    }
}
