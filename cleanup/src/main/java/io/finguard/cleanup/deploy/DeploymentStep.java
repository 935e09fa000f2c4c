package io.finguard.cleanup.deploy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.finguard.cleanup.model.ActionStatus;

/**
 * One thing {@code cleanup schedule} does or would do.
 *
 * @param resource {@code lambda-function} or {@code schedule}
 * @param action   {@code create}, {@code update-code}, {@code update-configuration}, {@code update} or {@code none}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"resource", "name", "action", "detail", "status", "error"})
public record DeploymentStep(String resource, String name, String action, String detail, ActionStatus status,
                             String error) {

    public static DeploymentStep planned(String resource, String name, String action, String detail) {
        return new DeploymentStep(resource, name, action, detail, ActionStatus.PLANNED, null);
    }

    public DeploymentStep done() {
        return new DeploymentStep(resource, name, action, detail, ActionStatus.DONE, null);
    }

    public DeploymentStep failed(String message) {
        return new DeploymentStep(resource, name, action, detail, ActionStatus.FAILED, message);
    }
}
