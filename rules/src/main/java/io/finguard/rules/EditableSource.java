package io.finguard.rules;

import io.finguard.api.FindingDraft;

/**
 * A fix edits HCL, so a finding on a resource known only from a plan (no {@code .tf} beside it) cannot promise one,
 * whatever the rule would otherwise do.
 */
public final class EditableSource {

    public static final String PLAN_ONLY = "the resource is known only from the plan";

    private EditableSource() {
    }

    /** The draft as it is when its resource has HCL, else the same draft marked not fixable. */
    public static FindingDraft require(FindingDraft draft) {
        if (!draft.fixable() || draft.resource().syntax() != null) {
            return draft;
        }
        return new FindingDraft(draft.resource(), draft.location(), draft.message(), false, PLAN_ONLY);
    }
}
