package io.finguard.rules.tags;

import io.finguard.api.edit.FileEdits;
import io.finguard.rules.EditableSource;
import io.finguard.rules.FixOutcome;
import io.finguard.rules.ResourceValues;
import io.finguard.terraform.Resource;
import io.finguard.terraform.SyntaxRef;

/**
 * Where FG101's fix writes what a resource lacks: an autoscaling group's own {@code tag} blocks, else the
 * resource's {@code tags} map or, with {@code fix-target: provider}, its provider's {@code default_tags}.
 */
final class TagFixes {

    private TagFixes() {
    }

    /** The fix of {@code repair} on {@code resource}, or why there is none. */
    static FixOutcome of(Resource resource, TagRepair repair, boolean providerTarget) {
        if (resource.syntax() == null) {
            return FixOutcome.no(EditableSource.PLAN_ONLY);
        }
        if (EffectiveTags.AUTOSCALING_GROUP.equals(resource.type())) {
            return AutoscalingGroupTagsEdit.fix(resource, repair);
        }
        if (repair.insert().isEmpty()) {
            return FixOutcome.no(repair.leftAloneReason());
        }
        FixOutcome outcome = providerTarget
                ? ProviderDefaultTagsEdit.fix(resource, repair.insert(), repair.leftAloneReason())
                : inResource(resource, repair);
        if (outcome.fix() == null && repair.leftAloneReason() != null) {
            return FixOutcome.no(outcome.notFixableReason() + "; " + repair.leftAloneReason());
        }
        return outcome;
    }

    private static FixOutcome inResource(Resource resource, TagRepair repair) {
        SyntaxRef syntax = resource.syntax();
        FileEdits edits = FileEdits.of(syntax.config());
        String reason = TagsMapEdit.addKeys(edits, syntax, syntax.block(), TagsMapEdit.TAGS, repair.insert());
        if (reason != null) {
            boolean providerBlock = resource.provider() != null && resource.provider().syntax() != null;
            return FixOutcome.no(reason + (providerBlock ? " (or use fix-target: provider)" : ""));
        }
        String leftAlone = repair.leftAloneReason();
        return new FixOutcome(edits.toFix("add " + String.join(", ", repair.insert().keySet())
                + " to the tags of " + ResourceValues.localAddress(resource)
                + (leftAlone == null ? "" : "; left alone: " + leftAlone)), null);
    }
}
