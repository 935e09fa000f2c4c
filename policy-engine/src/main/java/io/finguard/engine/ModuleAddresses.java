package io.finguard.engine;

/**
 * Cuts a module instance address ({@code module.a["x.y"].module.b[0]}) into the instances on its way, so that the
 * instance a given {@code module} block created can be named from a resource deeper inside it. Keys may hold dots
 * and brackets inside their quotes, so the address is read step by step rather than split.
 */
final class ModuleAddresses {

    private static final String MODULE = "module.";

    private ModuleAddresses() {
    }

    /**
     * The first {@code depth} steps of {@code address}: {@code prefix("module.a[\"x\"].module.b", 1)} is
     * {@code module.a["x"]}; depth 0 is the root module ({@code ""}).
     *
     * @throws IllegalArgumentException the address has fewer steps, or is not a module instance address
     */
    static String prefix(String address, int depth) {
        int at = 0;
        for (int step = 0; step < depth; step++) {
            if (step > 0) {
                at = expect(address, at, ".");
            }
            at = expect(address, at, MODULE);
            while (at < address.length() && address.charAt(at) != '.' && address.charAt(at) != '[') {
                at++;
            }
            if (at < address.length() && address.charAt(at) == '[') {
                at = afterKey(address, at);
            }
        }
        return address.substring(0, at);
    }

    private static int expect(String address, int at, String text) {
        if (!address.startsWith(text, at)) {
            throw new IllegalArgumentException("not a module instance address of that depth: " + address);
        }
        return at + text.length();
    }

    /** The offset just past the {@code [...]} that starts at {@code open}, skipping quoted keys' escapes. */
    private static int afterKey(String address, int open) {
        boolean quoted = false;
        for (int i = open + 1; i < address.length(); i++) {
            char c = address.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ']') {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unclosed instance key in " + address);
    }

    /** Whether a resource at {@code address} lies inside the module instance {@code module} (any, for the root). */
    static boolean within(String address, String module) {
        return module.isEmpty() || address.startsWith(module + ".");
    }
}
