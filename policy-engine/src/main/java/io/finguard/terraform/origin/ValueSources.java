package io.finguard.terraform.origin;

import io.finguard.hcl.Block;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every module instance of a load with what it declares ({@link InstanceSource}), across all roots: addresses are
 * unique only within a root, so an instance is looked up by root and address. A model from a plan alone has none.
 */
public final class ValueSources {

    public static final ValueSources NONE = new ValueSources();

    private record Key(String root, String address) {
        // written out: the generated equals and hashCode of a record link through method handles at first call,
        // which costs a short run tens of milliseconds on JDK 17 (docs/decisions/080-start-up.md)
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(root, k.root) && Objects.equals(address, k.address);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(root) + Objects.hashCode(address);
        }
    }

    private final Map<Key, InstanceSource> instances = new LinkedHashMap<>();

    /** Adds an instance; used by the loader while it walks the module tree. */
    public void add(InstanceSource instance) {
        instances.put(new Key(instance.root(), instance.address()), instance);
    }

    /** The instance at {@code address} in the root module {@code root}, or null when it was not loaded. */
    public InstanceSource instance(String root, String address) {
        return instances.get(new Key(root, address == null ? "" : address));
    }

    /** The instances that the {@code module} block {@code call} of {@code parent} made (one per count/for_each key). */
    public List<InstanceSource> children(InstanceSource parent, Block call) {
        List<InstanceSource> out = new ArrayList<>();
        for (InstanceSource i : instances.values()) {
            if (i.call() != null && i.call().block() == call && i.root().equals(parent.root())
                    && parent.address().equals(i.parent())) {
                out.add(i);
            }
        }
        return out;
    }

    /** Every instance of the module in {@code dir}, in any root: who else an edit of its files reaches. */
    public List<InstanceSource> instancesOf(String dir) {
        return instances.values().stream().filter(i -> i.dir().equals(dir)).toList();
    }
}
