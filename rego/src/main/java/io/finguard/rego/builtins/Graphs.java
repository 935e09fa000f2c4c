package io.finguard.rego.builtins;

import io.finguard.rego.value.ArrayValue;
import io.finguard.rego.value.NumberValue;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.SetValue;
import io.finguard.rego.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code graph.reachable} and {@code graph.reachable_paths} over an adjacency object, and {@code time.now_ns}. */
final class Graphs {
    private Graphs() {
    }

    static void register(Registry r) {
        r.add("graph.reachable", 2, a -> {
            ObjectValue graph = Args.object(a, 0);
            TreeSet<Value> seen = new TreeSet<>();
            Deque<Value> todo = new ArrayDeque<>(Args.collection(a, 1));
            while (!todo.isEmpty()) {
                Value n = todo.poll();
                Value edges = graph.get(n);
                if (edges == null || !seen.add(n)) {
                    continue;
                }
                todo.addAll(neighbours(edges));
            }
            return SetValue.own(seen);
        });
        r.add("graph.reachable_paths", 2, a -> {
            ObjectValue graph = Args.object(a, 0);
            TreeSet<Value> paths = new TreeSet<>();
            for (Value start : Args.collection(a, 1)) {
                if (graph.get(start) != null) {
                    paths(graph, start, new LinkedHashSet<>(), paths);
                }
            }
            return SetValue.own(paths);
        });
        // Reading the clock is not reaching outside the process; policies use it for expiry checks.
        r.add("time.now_ns", 0, a -> NumberValue.of(Math.multiplyExact(System.currentTimeMillis(), 1_000_000L)));
    }

    private static List<Value> neighbours(Value edges) {
        if (edges instanceof ArrayValue arr) {
            return arr.items();
        }
        if (edges instanceof SetValue s) {
            return new ArrayList<>(s.items());
        }
        return List.of();
    }

    /** Depth-first: a path ends at a node without unvisited neighbours. */
    private static void paths(ObjectValue graph, Value node, LinkedHashSet<Value> path, Set<Value> out) {
        path.add(node);
        boolean extended = false;
        Value edges = graph.get(node);
        for (Value next : edges == null ? List.<Value>of() : neighbours(edges)) {
            if (path.contains(next) || graph.get(next) == null) {
                continue;
            }
            extended = true;
            paths(graph, next, path, out);
        }
        if (!extended) {
            out.add(ArrayValue.of(new ArrayList<>(path)));
        }
        path.remove(node);
    }
}
