package io.finguard.engine;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.Range;
import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;

import java.util.List;

/**
 * Finds where an argument of a resource is written: the attribute when it exists, else the header of the nearest
 * enclosing block that exists. A header is the type and labels up to the opening brace.
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
            boolean last = i == path.length - 1;
            if (last) {
                Attribute attribute = block.body().attribute(path[i]);
                if (attribute != null) {
                    return lines(file, attribute.range());
                }
            }
            List<Block> nested = block.body().blocks(path[i]);
            if (nested.isEmpty()) {
                break;
            }
            block = nested.get(0);
        }
        return lines(file, block.headerRange());
    }

    private static Location lines(String file, Range range) {
        return new Location(file, range.startLine(), range.endLine());
    }
}
