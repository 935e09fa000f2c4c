package io.finguard.rules.capacity;

import io.finguard.terraform.Value;

import java.util.ArrayList;
import java.util.List;

/** What checking one resource's bounds found: problems (first one locates the finding), unknowns, fixability. */
final class CapacityVerdict {

    private final List<String> problems = new ArrayList<>();
    private final List<String> unknowns = new ArrayList<>();
    private String[] path;
    private boolean capExceeded;
    private String notFixableReason;
    private int fixTo;

    void problem(String[] where, String message) {
        if (path == null) {
            path = where;
        }
        problems.add(message);
    }

    void unknown(String label, Value value) {
        unknowns.add(label + " is unknown" + (value instanceof Value.Unknown u ? " (" + u.source() + ")" : ""));
    }

    void unknownReason(String reason) {
        unknowns.add(reason);
    }

    /** The upper bound is above the cap: the one problem a fix (setting it to the cap) addresses. */
    void capExceeded(String[] where, String message) {
        problem(where, message);
        this.capExceeded = true;
    }

    void notFixable(String reason) {
        if (notFixableReason == null) {
            notFixableReason = reason;
        }
    }

    /** The value a fix writes into the upper bound: the cap. */
    void fixTo(int value) {
        this.fixTo = value;
    }

    int fixTo() {
        return fixTo;
    }

    boolean violated() {
        return !problems.isEmpty();
    }

    List<String> unknowns() {
        return unknowns;
    }

    String message() {
        return String.join("; ", problems);
    }

    /** Where the finding points: the first offending argument. */
    String[] path() {
        return path;
    }

    /** The fix sets the upper bound to the cap; it helps only when that was the problem and min and desired fit. */
    boolean fixable() {
        return capExceeded && notFixableReason == null && problems.size() == 1;
    }

    String notFixableReason() {
        if (fixable()) {
            return null;
        }
        if (!capExceeded) {
            return "the upper bound is within the cap; min or desired is above it";
        }
        return notFixableReason != null ? notFixableReason : "min or desired is above the upper bound";
    }
}
