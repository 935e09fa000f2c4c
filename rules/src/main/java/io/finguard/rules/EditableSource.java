package io.finguard.rules;

/**
 * A fix edits HCL, so a finding on a resource known only from a plan (no {@code .tf} beside it) cannot have one,
 * whatever the rule would otherwise do; rules say so with this reason.
 */
public final class EditableSource {

    public static final String PLAN_ONLY = "the resource is known only from the plan";

    private EditableSource() {
    }
}
