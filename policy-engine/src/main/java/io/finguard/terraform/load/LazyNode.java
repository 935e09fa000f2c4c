package io.finguard.terraform.load;

import io.finguard.terraform.Location;

import java.util.function.Supplier;

/**
 * One node of Terraform's per-value graph (a variable, local, output, module expansion or provider configuration
 * of one module instance), evaluated the first time something reads it. Reading a node that is still being
 * evaluated is a real dependency cycle: the {@link NodeStack} reports it and the node reads as its fallback (an
 * unknown value) there, so only what depends on the cycle is affected.
 */
final class LazyNode<T> {

    private enum State { NEW, RUNNING, DONE }

    /** As Terraform names it in a cycle: {@code module.a.local.x}, {@code module.b["k"].var.y}. */
    final String name;
    /**
     * Where it is declared, found only when a cycle is reported: every instance makes a node per variable, local
     * and output, and looking up their lines up front was 3 % of a load's CPU (JFR).
     */
    private final Supplier<Location> location;
    private final NodeStack stack;
    private final Supplier<T> body;
    private final Supplier<T> onCycle;
    private State state = State.NEW;
    private T value;

    LazyNode(String name, Location location, NodeStack stack, Supplier<T> body, Supplier<T> onCycle) {
        this(name, () -> location, stack, body, onCycle);
    }

    LazyNode(String name, Supplier<Location> location, NodeStack stack, Supplier<T> body, Supplier<T> onCycle) {
        this.name = name;
        this.location = location;
        this.stack = stack;
        this.body = body;
        this.onCycle = onCycle;
    }

    Location location() {
        return location.get();
    }

    T get() {
        if (state == State.DONE) {
            return value;
        }
        if (state == State.RUNNING) {
            stack.cycleAt(this);
            return onCycle.get();
        }
        state = State.RUNNING;
        stack.push(this);
        try {
            value = body.get();
        } finally {
            stack.pop();
        }
        state = State.DONE;
        return value;
    }
}
