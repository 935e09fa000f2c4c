package io.finguard.cleanup.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One line of the cleanup report. {@code error} is null unless the action failed or was skipped for a reason
 * found while re-reading the resource.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"resourceType", "id", "region", "action", "reason", "estimatedMonthlySavingsUsd", "status", "error"})
public record Action(
        ResourceType resourceType,
        String id,
        String region,
        ActionType action,
        String reason,
        double estimatedMonthlySavingsUsd,
        ActionStatus status,
        String error) {

    public Action {
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        // cents are the precision a reader acts on; more digits only make the report noisy
        estimatedMonthlySavingsUsd = Math.round(estimatedMonthlySavingsUsd * 100.0) / 100.0;
    }

    public static Action planned(ResourceType type, String id, String region, ActionType action, String reason,
                                 double savingsUsd) {
        return new Action(type, id, region, action, reason, savingsUsd, ActionStatus.PLANNED, null);
    }

    public Action done() {
        return withStatus(ActionStatus.DONE, null);
    }

    public Action failed(String error) {
        return withStatus(ActionStatus.FAILED, error);
    }

    public Action skipped(String why) {
        return withStatus(ActionStatus.SKIPPED, why);
    }

    private Action withStatus(ActionStatus newStatus, String newError) {
        return new Action(resourceType, id, region, action, reason, estimatedMonthlySavingsUsd, newStatus, newError);
    }
}
