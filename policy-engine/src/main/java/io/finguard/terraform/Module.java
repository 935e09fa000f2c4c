package io.finguard.terraform;

import java.util.List;
import java.util.Map;

/**
 * A module instance: a root module (address {@code ""}) or one reached through a {@code module} block.
 *
 * @param address   {@code ""}, {@code module.eks}, {@code module.nodes["gpu"].module.group[0]}
 * @param source    the {@code source} of the call, null for a root module
 * @param dir       its directory relative to the scan root ({@code /}-separated, {@code .} for the root itself);
 *                  null when not loaded
 * @param loaded    false for a remote module that is not in {@code .terraform/modules}
 * @param variables input variables as evaluated (given value, else default, else unknown)
 * @param locals    locals as evaluated
 * @param providers the provider configurations visible in it, by key ({@code aws}, {@code aws.us_west})
 * @param call      the {@code module} block that instantiates it; null for a root module
 * @param outputs   its outputs as evaluated
 */
public record Module(String address, String source, String dir, boolean loaded,
                     Map<String, Value> variables, Map<String, Value> locals,
                     Map<String, ProviderConfig> providers, SyntaxRef call, Map<String, Value> outputs) {

    public boolean isRoot() {
        return address.isEmpty();
    }
}
