package io.finguard.cleanup.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What cleanup does (or would do) to a resource. */
public enum ActionType {
    /** Tag a volume {@code finguard:marked-for-deletion}: the first of the two deletion phases. */
    MARK("mark"),
    DELETE("delete"),
    SNAPSHOT("snapshot"),
    SET_RETENTION("set-retention"),
    /** Nothing changes the resource's cost: it waits for its grace period, or only its stale mark is removed. */
    NONE("none");

    private final String jsonName;

    ActionType(String jsonName) {
        this.jsonName = jsonName;
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
    }
}
