package io.finguard.engine;

import io.finguard.api.TextEdit;
import io.finguard.hcl.Block;
import io.finguard.hcl.ConfigFile;
import io.finguard.terraform.BlockAt;
import io.finguard.terraform.Resource;
import io.finguard.terraform.SyntaxRef;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which module instances, in every root of a scan, evaluate the text an edit changes: an edit of a file that
 * several roots (or a {@code module} block with {@code count}/{@code for_each}) use changes all of them at once
 * (docs/decisions/077-shared-edits-across-roots.md). Built from the model's resources, which carry their root,
 * module instance and the {@code module} blocks that created them.
 * <p>
 * The scope of an edit follows the top-level block it lies in:
 * <ul>
 *   <li>a {@code resource} or {@code data} block: the module instances where that block creates something (one
 *       with {@code count = 0} there creates nothing, and the edit changes nothing there);</li>
 *   <li>a {@code module} block: the module instances it creates;</li>
 *   <li>between top-level blocks, in the file of the resource the finding is about: that resource's block, since
 *       a new block written there is its companion and repeats its {@code count}/{@code for_each} (decision 050);
 *       </li>
 *   <li>anything else (a variable's default, a local, a provider, a new block elsewhere, a {@code .tfvars} entry):
 *       every instance of the module whose directory holds the file.</li>
 * </ul>
 */
final class EditScopes {

    /** A module instance in one root ({@code module} is {@code ""} for the root module itself). */
    record Instance(String root, String module) {
        // written out, as in BlockAt: a record's generated ones link through method handles at first call
        @Override
        public boolean equals(Object o) {
            return o instanceof Instance i && Objects.equals(root, i.root) && Objects.equals(module, i.module);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(root) + Objects.hashCode(module);
        }
    }

    /** By block: the instances it creates something in, each with the address of what it creates there. */
    private final Map<BlockAt, Map<Instance, String>> resourceBlocks = new HashMap<>();
    /** By {@code module} block: the module instances it creates, each with its address. */
    private final Map<BlockAt, Map<Instance, String>> moduleBlocks = new HashMap<>();
    /** By module directory: its instances, each with its address. */
    private final Map<String, Map<Instance, String>> directories = new HashMap<>();
    private final Map<String, ConfigFile> trees = new HashMap<>();

    EditScopes(List<Resource> resources) {
        for (Resource r : resources) {
            if (r.syntax() != null) {
                add(r);
            }
        }
    }

    private void add(Resource r) {
        String root = r.rootModule() == null ? "" : r.rootModule();
        Instance instance = new Instance(root, r.moduleAddress());
        String file = r.syntax().config().source().name();
        trees.putIfAbsent(file, r.syntax().config());
        directories.computeIfAbsent(directory(file), k -> new LinkedHashMap<>())
                .putIfAbsent(instance, moduleName(r.moduleAddress()));
        Map<Instance, String> block = resourceBlocks.computeIfAbsent(blockAt(r.syntax()),
                k -> new LinkedHashMap<>());
        if (!r.createsNothing()) {
            block.putIfAbsent(instance, r.address());
        }
        List<SyntaxRef> callers = r.callers() == null ? List.of() : r.callers();
        for (int i = 0; i < callers.size(); i++) {
            SyntaxRef call = callers.get(i);
            trees.putIfAbsent(call.config().source().name(), call.config());
            String created = createdBy(r.moduleAddress(), i + 1);
            if (created == null) {
                continue;
            }
            moduleBlocks.computeIfAbsent(blockAt(call), k -> new LinkedHashMap<>())
                    .putIfAbsent(new Instance(root, created), created);
        }
    }

    /**
     * The module instance {@code depth} calls deep on the way to {@code moduleAddress}; null when the address has
     * fewer steps than the resource has callers (a plan's address joined to HCL that is laid out otherwise). Such
     * a plan-only instance is never fixed, so leaving it out of a scope loses nothing.
     */
    private static String createdBy(String moduleAddress, int depth) {
        try {
            return ModuleAddresses.prefix(moduleAddress, depth);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The module instances {@code edit} changes, in scan order, each with what a reason calls it there.
     *
     * @param subject the resource the finding that carries the edit is about
     */
    Map<Instance, String> of(TextEdit edit, Resource subject) {
        String file = edit.file().name();
        ConfigFile tree = trees.get(file);
        Block block = tree == null ? null : enclosing(tree, edit);
        if (block != null) {
            BlockAt key = new BlockAt(file, block.range().start());
            Map<Instance, String> scope = resourceBlocks.get(key);
            if (scope == null) {
                scope = moduleBlocks.get(key);
            }
            if (scope != null) {
                return scope;
            }
        } else if (subject.syntax() != null && subject.syntax().config().source().name().equals(file)) {
            return resourceBlocks.getOrDefault(blockAt(subject.syntax()), Map.of());
        }
        return directories.getOrDefault(directory(file), Map.of());
    }

    /** A top-level block, by the name of its source file, as edits name files. */
    private static BlockAt blockAt(SyntaxRef ref) {
        return new BlockAt(ref.config().source().name(), ref.block().range().start());
    }

    /** The top-level block whose text holds the edit (an insertion right before or after a block is outside it). */
    private static Block enclosing(ConfigFile tree, TextEdit edit) {
        for (Block b : tree.body().blocks()) {
            int start = b.range().start();
            int end = b.range().end();
            boolean inside = start <= edit.start() && edit.end() <= end;
            boolean atEdge = edit.start() == edit.end() && (edit.start() == start || edit.start() == end);
            if (inside && !atEdge) {
                return b;
            }
        }
        return null;
    }

    private static String directory(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    private static String moduleName(String moduleAddress) {
        return moduleAddress.isEmpty() ? "the root module" : moduleAddress;
    }
}
