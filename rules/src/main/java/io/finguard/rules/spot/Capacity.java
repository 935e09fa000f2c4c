package io.finguard.rules.spot;

import java.util.List;

/**
 * Whether a compute resource buys spot capacity.
 *
 * @param state            spot, on-demand, unknown (a value the scan cannot know), or external (bought outside
 *                         this resource, as for an UNMANAGED Batch environment)
 * @param detail           for on-demand: what makes it so, for the message; for unknown: what is unknown
 * @param path             for on-demand: the argument to point at (the block header when it is not written)
 * @param fixable          whether {@code finguard fix} can switch it to spot
 * @param notFixableReason why not, when it cannot
 */
record Capacity(State state, String detail, List<String> path, boolean fixable, String notFixableReason) {

    enum State { SPOT, ON_DEMAND, UNKNOWN, EXTERNAL }

    static final Capacity SPOT = new Capacity(State.SPOT, null, List.of(), false, null);
    static final Capacity EXTERNAL = new Capacity(State.EXTERNAL, null, List.of(), false, null);

    static Capacity unknown(String what) {
        return new Capacity(State.UNKNOWN, what, List.of(), false, null);
    }

    static Capacity onDemandFixable(String detail, String... path) {
        return new Capacity(State.ON_DEMAND, detail, List.of(path), true, null);
    }

    static Capacity onDemandNotFixable(String detail, String reason, String... path) {
        return new Capacity(State.ON_DEMAND, detail, List.of(path), false, reason);
    }
}
