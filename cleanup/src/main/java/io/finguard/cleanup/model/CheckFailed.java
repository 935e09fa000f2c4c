package io.finguard.cleanup.model;

import java.util.List;

/**
 * A resource whose state could not be read while planning (a call failed after the SDK's retries). It is reported as
 * one failed action, in a dry run too, so the run goes on with the other resources and still exits with 1.
 */
public final class CheckFailed implements Remediation {

    private final Action failed;

    public CheckFailed(ResourceType type, String id, String region, String error) {
        this.failed = Action.planned(type, id, region, ActionType.NONE, "could not be checked", 0).failed(error);
    }

    @Override
    public List<Action> plan() {
        return List.of(failed);
    }

    @Override
    public List<Action> apply() {
        return List.of(failed);
    }
}
