package io.finguard.terraform.load;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.Body;
import io.finguard.terraform.eval.References;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the references of HCL arguments the way a plan's {@code configuration} section does, so that rules link
 * resources the same way in HCL and in plan mode: each traversal as written, then the object it belongs to
 * ({@code aws_s3_bucket.b.id}, {@code aws_s3_bucket.b}; {@code data.x.y.z}, {@code data.x.y};
 * {@code module.m.out}, {@code module.m}; {@code var.v} alone).
 */
final class ReferenceText {

    private ReferenceText() {
    }

    /**
     * The same map, computed on first use: most resources are never linked to another, and walking every
     * expression of every resource up front was a third of a load's evaluation time.
     */
    static Map<String, List<String>> lazyOfArguments(Body body) {
        return new java.util.AbstractMap<>() {
            private Map<String, List<String>> computed;

            @Override
            public Set<Entry<String, List<String>>> entrySet() {
                if (computed == null) {
                    computed = Map.copyOf(ofArguments(body));
                }
                return computed.entrySet();
            }

            @Override
            public List<String> get(Object key) {
                entrySet();
                return computed.get(key);
            }

            @Override
            public List<String> getOrDefault(Object key, List<String> defaultValue) {
                entrySet();
                return computed.getOrDefault(key, defaultValue);
            }
        };
    }

    /**
     * By top-level argument name; a nested block type (e.g. {@code launch_template}) maps to every reference
     * inside its blocks, as a plan's configuration lists them.
     */
    static Map<String, List<String>> ofArguments(Body body) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Attribute a : body.attributes()) {
            List<String> refs = of(References.of(a.value()));
            if (!refs.isEmpty()) {
                out.put(a.name(), refs);
            }
        }
        for (Block b : body.blocks()) {
            List<List<String>> paths = new ArrayList<>();
            collect(b.body(), paths);
            String key = b.type().equals("dynamic") && !b.labels().isEmpty() ? b.labels().get(0).value() : b.type();
            List<String> refs = of(paths);
            if (!refs.isEmpty()) {
                Set<String> merged = new LinkedHashSet<>(out.getOrDefault(key, List.of()));
                merged.addAll(refs);
                out.put(key, new ArrayList<>(merged));
            }
        }
        return out;
    }

    private static void collect(Body body, List<List<String>> paths) {
        for (Attribute a : body.attributes()) {
            paths.addAll(References.of(a.value()));
        }
        for (Block b : body.blocks()) {
            collect(b.body(), paths);
        }
    }

    static List<String> of(List<List<String>> paths) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> path : paths) {
            out.add(String.join(".", path));
            int objectLength = objectLength(path);
            if (objectLength > 0 && objectLength < path.size()) {
                out.add(String.join(".", path.subList(0, objectLength)));
            }
        }
        return new ArrayList<>(out);
    }

    /** How many steps name the referenced object itself: 3 for data sources, 2 for resources and modules. */
    private static int objectLength(List<String> path) {
        String root = path.get(0);
        return switch (root) {
            case "data" -> 3;
            case "var", "local", "each", "count", "path", "terraform", "self" -> 0;
            default -> 2;
        };
    }
}
