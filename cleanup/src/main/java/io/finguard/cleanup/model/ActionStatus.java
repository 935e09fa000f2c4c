package io.finguard.cleanup.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Outcome of an action: only {@link #FAILED} makes the run exit with 1. */
public enum ActionStatus {
    PLANNED("planned"),
    DONE("done"),
    FAILED("failed"),
    /** The resource changed since it was scanned (attached, tagged, written to, deleted) and was left alone. */
    SKIPPED("skipped");

    private final String jsonName;

    ActionStatus(String jsonName) {
        this.jsonName = jsonName;
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
    }
}
