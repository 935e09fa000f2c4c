package io.finguard.rules;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.Body;
import io.finguard.hcl.Expression;
import io.finguard.terraform.Resource;
import io.finguard.terraform.eval.References;
import io.finguard.terraform.origin.ChainTracer;
import io.finguard.terraform.origin.InstanceSource;
import io.finguard.terraform.origin.ModuleFile;
import io.finguard.terraform.origin.SourceText;
import io.finguard.terraform.origin.ValueSources;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Everything an edit at the source of a value reaches: every expression that reads the variable or local it
 * changes, followed on through locals and module arguments that pass it on unchanged, down to the resource arguments
 * that end up with it. The edit is safe only when each of those is an argument the rule checks and wants the very
 * same value; anything else that reads it (another argument, an output, a computed expression) is named as the
 * reason not to make it. Works within one root: the file edited belongs to a module with one instance in the scan.
 */
final class SourceReaders {

    /** A value that an edit changes: the variable or local {@code name} of an instance, at an entry path. */
    record Target(InstanceSource instance, String kind, String name, List<String> path) {
        // the instance by identity: hashing it would hash every value it holds; and written out, as in BlockAt
        @Override
        public boolean equals(Object o) {
            return o instanceof Target t && instance == t.instance && Objects.equals(kind, t.kind)
                    && Objects.equals(name, t.name) && Objects.equals(path, t.path);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(instance), kind, name, path);
        }
    }

    private static final int MAX_TARGETS = 256;
    /** Arguments of a {@code module} block that are not inputs: reading the value there is not passing it on. */
    private static final Set<String> MODULE_META = Set.of("source", "version", "providers", "count", "for_each",
            "depends_on");

    private final ValueSources sources;
    private final Map<String, Resource> byAddress = new HashMap<>();
    private final Wanted wanted;

    SourceReaders(ValueSources sources, List<Resource> checked, Wanted wanted) {
        this.sources = sources;
        this.wanted = wanted;
        for (Resource r : checked) {
            byAddress.putIfAbsent(r.rootModule() + "\n" + r.address(), r);
        }
    }

    /**
     * Null when every reader of {@code targets} wants {@code value}; else who does not, in words, naming files with
     * {@code paths} (as reports do).
     */
    String disagreement(List<Target> targets, String value, UnaryOperator<String> paths) {
        Deque<Target> queue = new ArrayDeque<>(targets);
        Set<Target> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Target t = queue.poll();
            if (!seen.add(t) || seen.size() > MAX_TARGETS) {
                continue;
            }
            for (ModuleFile file : t.instance().files()) {
                for (Block block : file.config().body().blocks()) {
                    if (block.type().equals("variable")) {
                        continue; // a validation only checks the value; it passes it nowhere
                    }
                    String why = readers(new Reading(t, file, block, value, paths, queue), List.of(), block);
                    if (why != null) {
                        return why;
                    }
                }
            }
        }
        return null;
    }

    /** One block of a file being searched for readers of a target, and where what it finds goes. */
    private record Reading(Target target, ModuleFile file, Block top, String value, UnaryOperator<String> paths,
                           Deque<Target> queue) {
    }

    /** Checks the arguments of {@code block} (the top-level block of the reading, or one nested in it). */
    private String readers(Reading in, List<String> blockPath, Block block) {
        for (Attribute a : block.body().attributes()) {
            String why = reader(in, blockPath, a);
            if (why != null) {
                return why;
            }
        }
        for (Block nested : block.body().blocks()) {
            List<String> path = new ArrayList<>(blockPath);
            path.add(nested.type());
            String why = readers(in, path, nested);
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    private String reader(Reading in, List<String> blockPath, Attribute a) {
        Target t = in.target();
        Block top = in.top();
        List<String> read = null;
        for (List<String> ref : References.of(a.value())) {
            if (ref.size() >= 2 && ref.get(0).equals(t.kind()) && ref.get(1).equals(t.name())
                    && overlaps(ref.subList(2, ref.size()), t.path())) {
                read = ref;
                break;
            }
        }
        if (read == null) {
            return null;
        }
        List<String> plain = ChainTracer.traversal(ChainTracer.unwrap(a.value()));
        boolean passedOn = read.equals(plain);
        List<String> rest = remaining(read.subList(2, read.size()), t.path());
        String where = in.paths().apply(in.file().file()) + ":" + a.range().startLine() + " ("
                + SourceText.of(in.file().config(), a.range()) + ")";
        if (passedOn && top.type().equals("locals")) {
            in.queue().add(new Target(t.instance(), "local", a.name(), rest));
            return null;
        }
        if (passedOn && top.type().equals("module") && blockPath.isEmpty() && !MODULE_META.contains(a.name())) {
            for (InstanceSource child : sources.children(t.instance(), top)) {
                in.queue().add(new Target(child, "var", a.name(), rest));
            }
            return null;
        }
        if (passedOn && rest.isEmpty() && top.type().equals("resource") && top.labels().size() == 2) {
            String local = top.labelValues().get(0) + "." + top.labelValues().get(1);
            String address = t.instance().address().isEmpty() ? local : t.instance().address() + "." + local;
            Resource r = byAddress.get(t.instance().root() + "\n" + address);
            List<String> argument = new ArrayList<>(blockPath);
            argument.add(a.name());
            String want = r == null ? null : wanted.at(r, String.join(".", argument));
            if (in.value().equals(want)) {
                return null;
            }
            return t.kind() + "." + t.name() + " is also read by " + address + " at " + where
                    + (want == null ? ", which needs no such change" : ", which needs " + want);
        }
        return t.kind() + "." + t.name() + " is also read at " + where + ", which the edit would change too";
    }

    /** Whether reading {@code read} sees a change at {@code changed}: one path is a prefix of the other. */
    private static boolean overlaps(List<String> read, List<String> changed) {
        int n = Math.min(read.size(), changed.size());
        return read.subList(0, n).equals(changed.subList(0, n));
    }

    /** The part of the change below what is read: {@code changed} past {@code read}, empty when read is deeper. */
    private static List<String> remaining(List<String> read, List<String> changed) {
        return read.size() >= changed.size() ? List.of() : changed.subList(read.size(), changed.size());
    }
}
