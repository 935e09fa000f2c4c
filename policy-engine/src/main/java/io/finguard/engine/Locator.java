package io.finguard.engine;

import io.finguard.api.LocateSteps;
import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.Body;
import io.finguard.hcl.BodyItem;
import io.finguard.hcl.Range;
import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;

import java.util.List;

/**
 * Finds where an argument of a resource is written: the attribute when it exists, else the header of the nearest
 * enclosing block that exists. A header is the type and labels up to the opening brace. A step without an index
 * means the first written block of its type; a step may name one block of several of its type
 * ({@code ingress[1]}, see {@link LocateSteps}), so that a finding about the second {@code ingress} block points at
 * that block and not the first.
 */
final class Locator {

    private Locator() {
    }

    static Location locate(Resource resource, String... path) {
        if (resource.syntax() == null) {
            return resource.location().isKnown() ? resource.location() : Location.NONE;
        }
        String file = resource.syntax().file();
        Block block = resource.syntax().block();
        for (int i = 0; i < path.length; i++) {
            LocateSteps.Step step = LocateSteps.parse(path[i]);
            if (i == path.length - 1 && !step.indexed()) {
                Attribute attribute = block.body().attribute(step.name());
                if (attribute != null) {
                    return lines(file, attribute.range());
                }
            }
            Block nested = step.indexed() ? nested(block.body(), step.name(), step.index())
                    : block.body().blocks(step.name()).stream().findFirst().orElse(null);
            if (nested == null) {
                // an element of a list attribute (a list of maps looks like blocks in the values): the attribute
                Attribute attribute = step.indexed() ? block.body().attribute(step.name()) : null;
                if (attribute != null) {
                    return lines(file, attribute.range());
                }
                break;
            }
            block = nested;
        }
        return lines(file, block.headerRange());
    }

    /**
     * The {@code index}th block of {@code type} in the order the values list them: written blocks count one each,
     * a {@code dynamic "type"} block as many as its {@code for_each} makes. That number is known only after
     * evaluation, so once a dynamic block is reached before the index is, the value comes from it or a later
     * block: its {@code content} is the nearest place that can be named for sure. Null when there are fewer blocks
     * than the index (the values came from a plan that has more than the source shows).
     */
    private static Block nested(Body body, String type, int index) {
        int seen = 0;
        for (BodyItem item : body.items()) {
            if (!(item instanceof Block b)) {
                continue;
            }
            if (b.type().equals(type)) {
                if (seen == index) {
                    return b;
                }
                seen++;
            } else if (b.type().equals("dynamic") && b.labelValues().equals(List.of(type))) {
                return b.body().blocks("content").stream().findFirst().orElse(b);
            }
        }
        return null;
    }

    private static Location lines(String file, Range range) {
        return new Location(file, range.startLine(), range.endLine());
    }
}
