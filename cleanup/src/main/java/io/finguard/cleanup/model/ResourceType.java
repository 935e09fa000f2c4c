package io.finguard.cleanup.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of resources cleanup acts on, with their names in the JSON report. */
public enum ResourceType {
    EBS_VOLUME("ebs-volume"),
    LOG_GROUP("log-group");

    private final String jsonName;

    ResourceType(String jsonName) {
        this.jsonName = jsonName;
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
    }
}
