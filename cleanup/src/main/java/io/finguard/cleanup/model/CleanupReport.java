package io.finguard.cleanup.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The JSON report of {@code cleanup scan|run} (schema version 1). */
@JsonPropertyOrder({"schemaVersion", "dryRun", "actions", "summary"})
public record CleanupReport(int schemaVersion, boolean dryRun, List<Action> actions, Summary summary) {

    public static final int SCHEMA_VERSION = 1;

    public CleanupReport {
        actions = List.copyOf(actions);
    }

    public static CleanupReport of(boolean dryRun, List<Action> actions) {
        return new CleanupReport(SCHEMA_VERSION, dryRun, actions, Summary.of(actions));
    }

    /** True when any action failed: the run exits with 1. */
    @JsonIgnore
    public boolean hasFailures() {
        return summary.failed() > 0;
    }
}
