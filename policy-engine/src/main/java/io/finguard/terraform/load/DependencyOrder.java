package io.finguard.terraform.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders named nodes so that each comes after what it depends on, keeping declaration order where the graph
 * leaves a choice. Dependencies on names that are not nodes are ignored (they are variables, resources, …).
 * Nodes on a cycle are reported, not ordered.
 */
final class DependencyOrder {

    record Result(List<String> order, List<List<String>> cycles) {
    }

    private final Map<String, List<String>> edges = new LinkedHashMap<>();

    void add(String node, List<String> dependsOn) {
        edges.put(node, dependsOn);
    }

    Result sort() {
        List<String> order = new ArrayList<>();
        List<List<String>> cycles = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> inCycle = new HashSet<>();
        for (String node : edges.keySet()) {
            visit(node, new LinkedHashSet<>(), done, inCycle, order, cycles);
        }
        return new Result(order, cycles);
    }

    private void visit(String node, LinkedHashSet<String> path, Set<String> done, Set<String> inCycle,
                       List<String> order, List<List<String>> cycles) {
        if (done.contains(node)) {
            return;
        }
        if (path.contains(node)) {
            List<String> cycle = new ArrayList<>();
            boolean on = false;
            for (String p : path) {
                on |= p.equals(node);
                if (on) {
                    cycle.add(p);
                }
            }
            cycle.add(node);
            if (inCycle.add(node)) {
                cycles.add(cycle);
            }
            inCycle.addAll(cycle);
            return;
        }
        path.add(node);
        for (String dep : edges.get(node)) {
            if (edges.containsKey(dep)) {
                visit(dep, path, done, inCycle, order, cycles);
            }
        }
        path.remove(node);
        done.add(node);
        if (!inCycle.contains(node)) {
            order.add(node);
        }
    }
}
