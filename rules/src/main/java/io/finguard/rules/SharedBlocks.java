package io.finguard.rules;

import io.finguard.terraform.BlockAt;
import io.finguard.terraform.Resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Resources written by one block of HCL: the instances of a module called several times, or the count/for_each
 * instances a plan lists. An edit of the block changes them all, so a fix is safe only when every one of them needs
 * exactly that change; the applier then writes the identical edits once.
 */
public final class SharedBlocks {

    private final Map<BlockAt, List<Resource>> byBlock = new HashMap<>();

    public SharedBlocks(List<Resource> resources) {
        for (Resource r : resources) {
            if (r.syntax() != null) {
                byBlock.computeIfAbsent(BlockAt.of(r.syntax()), k -> new ArrayList<>()).add(r);
            }
        }
    }

    /** The other resources written by {@code resource}'s block (none when it has no HCL). */
    public List<Resource> others(Resource resource) {
        if (resource.syntax() == null) {
            return List.of();
        }
        return byBlock.getOrDefault(BlockAt.of(resource.syntax()), List.of()).stream()
                .filter(r -> r != resource).toList();
    }

    /**
     * Null when every resource sharing {@code resource}'s block wants the same value; else why one edit cannot
     * serve them all. {@code want} gives the value a resource needs written, or null when it needs no change.
     */
    public String disagreement(Resource resource, Function<Resource, Object> want) {
        if (resource.syntax() == null) {
            return null;
        }
        Object mine = want.apply(resource);
        for (Resource other : byBlock.getOrDefault(BlockAt.of(resource.syntax()), List.of())) {
            if (other == resource) {
                continue;
            }
            Object theirs = want.apply(other);
            if (theirs == null) {
                return other.address() + " is written by the same block and needs no change, so the edit would "
                        + "change it too; set the value per instance (a module variable) instead";
            }
            if (!Objects.equals(mine, theirs)) {
                return other.address() + " is written by the same block but needs " + theirs + ", not " + mine
                        + "; set the value per instance (a module variable) instead";
            }
        }
        return null;
    }
}
