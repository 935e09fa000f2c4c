package io.finguard.rules.tags;

import io.finguard.api.edit.FileEdits;
import io.finguard.api.edit.HclValue;
import io.finguard.api.edit.NewBlock;
import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.Expression;
import io.finguard.rules.AttributeFix;
import io.finguard.rules.FixOutcome;
import io.finguard.terraform.Resource;
import io.finguard.terraform.SyntaxRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An autoscaling group's tags are {@code tag} blocks, which provider {@code default_tags} never reach, so its fix is
 * always in the group itself: a {@code tag { key value propagate_at_launch = true }} block per missing key (after
 * the last {@code tag} block, else after the body's last item), and {@code propagate_at_launch = true} on a cost tag
 * written with {@code false}. The latter is safe to write: it changes the group in place, and only instances
 * launched from then on get the tag (nothing is replaced or restarted), which is what cost allocation needs.
 */
final class AutoscalingGroupTagsEdit {

    private static final String TAG = "tag";
    private static final String PROPAGATE = "propagate_at_launch";

    private AutoscalingGroupTagsEdit() {
    }

    /** The fix, or why there is none; what it cannot do joins {@code repair}'s reasons in its description. */
    static FixOutcome fix(Resource resource, TagRepair repair) {
        SyntaxRef syntax = resource.syntax();
        Block group = syntax.block();
        FileEdits edits = FileEdits.of(syntax.config());
        List<String> propagated = new ArrayList<>();
        List<String> notStatic = new ArrayList<>();
        List<String> leftAlone = new ArrayList<>();
        for (String key : repair.propagate()) {
            Block tag = staticTag(group, key);
            if (tag == null) {
                notStatic.add(key);
                continue;
            }
            String reason = propagate(edits, syntax, tag, key);
            if (reason == null) {
                propagated.add(key);
            } else {
                leftAlone.add(reason);
            }
        }
        if (!notStatic.isEmpty()) {
            leftAlone.add((notStatic.size() == 1 ? "tag " + notStatic.get(0) + " comes" : "tags "
                    + String.join(", ", notStatic) + " come") + " from a dynamic block or a computed key; set "
                    + "propagate_at_launch = true where it is written");
        }
        List<Block> tags = group.body().blocks(TAG);
        for (Map.Entry<String, String> e : repair.insert().entrySet()) {
            NewBlock tag = NewBlock.of(TAG).withLiteral("key", e.getKey()).withLiteral("value", e.getValue())
                    .withLiteral(PROPAGATE, true);
            if (tags.isEmpty()) {
                edits.insertBlock(group, tag);
            } else {
                edits.insertBlockAfter(tags.get(tags.size() - 1), tag);
            }
        }
        TagRepair rest = repair.leaving(leftAlone);
        if (repair.insert().isEmpty() && propagated.isEmpty()) {
            return FixOutcome.no(rest.leftAloneReason());
        }
        List<String> parts = new ArrayList<>();
        if (!repair.insert().isEmpty()) {
            parts.add("add tag blocks " + String.join(", ", repair.insert().keySet()));
        }
        if (!propagated.isEmpty()) {
            parts.add("propagate " + String.join(", ", propagated) + " at launch");
        }
        String leftover = rest.leftAloneReason();
        return new FixOutcome(edits.toFix(String.join(" and ", parts)
                + (leftover == null ? "" : "; left alone: " + leftover)), null);
    }

    /** The {@code tag} block written with this literal key, or null. */
    private static Block staticTag(Block group, String key) {
        for (Block tag : group.body().blocks(TAG)) {
            Attribute k = tag.body().attribute("key");
            if (k != null && key.equals(literal(k.value()))) {
                return tag;
            }
        }
        return null;
    }

    /** Sets {@code propagate_at_launch = true} in the tag block and returns null, or says why it cannot. */
    private static String propagate(FileEdits edits, SyntaxRef syntax, Block tag, String key) {
        Attribute propagate = tag.body().attribute(PROPAGATE);
        if (propagate == null) {
            edits.insertAttribute(tag, PROPAGATE, HclValue.of(true));
        } else if (AttributeFix.isLiteral(propagate.value())) {
            edits.setValue(propagate, HclValue.of(true));
        } else {
            return "propagate_at_launch of tag " + key + " comes from "
                    + AttributeFix.sourceText(syntax, propagate.value()) + "; change it where it is set";
        }
        return null;
    }

    private static String literal(Expression e) {
        return e instanceof Expression.Template t && t.heredoc() == null ? t.literalValue() : null;
    }
}
