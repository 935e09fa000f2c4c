package io.finguard.terraform.load;

import io.finguard.terraform.LoadError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The nodes being evaluated, innermost last, for one load. When a node is read while it is on the stack, the
 * nodes from it to the top form a cycle that Terraform would also refuse ({@code Error: Cycle: ...}); it is
 * reported once, naming each node with its file and line.
 */
final class NodeStack {

    private final List<LazyNode<?>> running = new ArrayList<>();
    private final Set<Set<String>> reported = new HashSet<>();
    private final List<LoadError> errors;

    NodeStack(List<LoadError> errors) {
        this.errors = errors;
    }

    void push(LazyNode<?> node) {
        running.add(node);
    }

    void pop() {
        running.remove(running.size() - 1);
    }

    void cycleAt(LazyNode<?> node) {
        int from = running.lastIndexOf(node);
        List<LazyNode<?>> cycle = running.subList(from, running.size());
        Set<String> names = new HashSet<>();
        StringBuilder text = new StringBuilder("dependency cycle: ");
        for (LazyNode<?> n : cycle) {
            names.add(n.name);
            text.append(n.name).append(" (").append(n.location().file()).append(':').append(n.location().line())
                    .append(") -> ");
        }
        text.append(node.name);
        if (reported.add(names)) {
            errors.add(LoadError.evaluation(node.location().file(), node.location().line(), text.toString()));
        }
    }
}
