package io.finguard.rules.spot;

import java.util.List;

/**
 * Whether a compute resource buys spot capacity.
 *
 * @param state            spot, on-demand, unknown (a value the scan cannot know), or external (bought outside
 *                         this resource, as for an UNMANAGED Batch environment)
 * @param detail           for on-demand: what makes it so, for the message; for unknown: what is unknown
 * @param path             for on-demand: the argument to point at (the block header when it is not written)
 * @param change           what {@code finguard fix} writes to switch it to spot; null when it cannot
 * @param notFixableReason why it cannot, when the resource is reported on-demand
 */
record Capacity(State state, String detail, List<String> path, SpotChange change, String notFixableReason) {

    enum State { SPOT, ON_DEMAND, UNKNOWN, EXTERNAL }

    static final Capacity SPOT = new Capacity(State.SPOT, null, List.of(), null, null);
    static final Capacity EXTERNAL = new Capacity(State.EXTERNAL, null, List.of(), null, null);

    static Capacity unknown(String what) {
        return new Capacity(State.UNKNOWN, what, List.of(), null, null);
    }

    /** On-demand, as an intermediate answer (a launch template followed from a group) that is never reported. */
    static Capacity onDemand(String detail) {
        return new Capacity(State.ON_DEMAND, detail, List.of(), null, null);
    }

    static Capacity onDemandFixable(String detail, SpotChange change, String... path) {
        return new Capacity(State.ON_DEMAND, detail, List.of(path), change, null);
    }

    static Capacity onDemandNotFixable(String detail, String reason, String... path) {
        return new Capacity(State.ON_DEMAND, detail, List.of(path), null, reason);
    }
}
