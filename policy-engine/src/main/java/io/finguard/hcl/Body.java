package io.finguard.hcl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * The attributes and blocks between a block's braces, or of a whole file, in source order. The range of a block's
 * body is the text strictly between the braces (empty for {@code {}}); the root body spans the whole file.
 */
public final class Body implements Node {

    private final List<BodyItem> items;
    private final Range range;
    // Built on first lookup. Immutable once built, so a racing second build is harmless. Loaders ask a body for
    // its attributes by name many times (count, for_each, provider, default, ...), which showed in profiles.
    private AttributeIndex byName;

    public Body(List<BodyItem> items, Range range) {
        this.items = items;
        this.range = range;
    }

    public List<BodyItem> items() {
        return items;
    }

    @Override
    public Range range() {
        return range;
    }


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

    /** The attribute with this name, or null. HCL forbids duplicates (the parser reports them); the first wins. */
    public Attribute attribute(String name) {
        // Most bodies are small: a scan is cheaper than building (and probing) an index.
        if (items.size() <= SCAN_LIMIT) {
            for (BodyItem item : items) {
                if (item instanceof Attribute a && a.name().equals(name)) {
                    return a;
                }
            }
            return null;
        }
        AttributeIndex index = byName;
        if (index == null) {
            HashMap<String, Attribute> built = new HashMap<>();
            for (BodyItem item : items) {
                if (item instanceof Attribute a) {
                    built.putIfAbsent(a.name(), a);
                }
            }
            index = new AttributeIndex(built);
            byName = index;
        }
        return index.byName().get(name);
    }

    private static final int SCAN_LIMIT = 12;

    /** Final-field holder, so that a body shared between threads publishes its index safely. */
    private record AttributeIndex(HashMap<String, Attribute> byName) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Body b && items.equals(b.items) && range.equals(b.range);
    }

    @Override
    public int hashCode() {
        return 31 * items.hashCode() + range.hashCode();
    }

    @Override
    public String toString() {
        return "Body[items=" + items + ", range=" + range + "]";
    }
}
