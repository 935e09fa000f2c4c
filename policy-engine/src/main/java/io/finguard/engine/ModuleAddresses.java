package io.finguard.engine;

import io.finguard.terraform.plan.Addresses;

import java.util.List;

/**
 * Cuts a module instance address ({@code module.a["x.y"].module.b[0]}) into the instances on its way, so that the
 * instance a given {@code module} block created can be named from a resource deeper inside it. Keys may hold dots
 * and brackets inside their quotes, so the address is cut at {@link Addresses#steps}, not split at dots.
 */
final class ModuleAddresses {

    private static final String MODULE = "module";

    private ModuleAddresses() {
    }

    /**
     * The first {@code depth} steps of {@code address}: {@code prefix("module.a[\"x\"].module.b", 1)} is
     * {@code module.a["x"]}; depth 0 is the root module ({@code ""}).
     *
     * @throws IllegalArgumentException the address has fewer steps, or is not a module instance address
     */
    static String prefix(String address, int depth) {
        List<String> steps = Addresses.steps(address);
        if (2 * depth > steps.size()) {
            throw new IllegalArgumentException("not a module instance address of that depth: " + address);
        }
        for (int i = 0; i < 2 * depth; i += 2) {
            if (!steps.get(i).equals(MODULE)) {
                throw new IllegalArgumentException("not a module instance address of that depth: " + address);
            }
        }
        return String.join(".", steps.subList(0, 2 * depth));
    }

    /** Whether a resource at {@code address} lies inside the module instance {@code module} (any, for the root). */
    static boolean within(String address, String module) {
        return module.isEmpty() || address.startsWith(module + ".");
    }
}
