package io.finguard.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * The attributes and blocks between a block's braces, or of a whole file, in source order. The range of a block's
 * body is the text strictly between the braces (empty for {@code {}}); the root body spans the whole file.
 */
public record Body(List<BodyItem> items, Range range) implements Node {

    public List<Attribute> attributes() {
        List<Attribute> out = new ArrayList<>();
        for (BodyItem item : items) {
            if (item instanceof Attribute a) {
                out.add(a);
            }
        }
        return out;
    }

    public List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        for (BodyItem item : items) {
            if (item instanceof Block b) {
                out.add(b);
            }
        }
        return out;
    }

    public List<Block> blocks(String type) {
        List<Block> out = new ArrayList<>();
        for (BodyItem item : items) {
            if (item instanceof Block b && b.type().equals(type)) {
                out.add(b);
            }
        }
        return out;
    }

    /** The attribute with this name, or null. HCL forbids duplicates; the parser reports them. */
    public Attribute attribute(String name) {
        for (BodyItem item : items) {
            if (item instanceof Attribute a && a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }
}
