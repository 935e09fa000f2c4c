package io.finguard.rules.tags;

import io.finguard.api.edit.FileEdits;
import io.finguard.api.edit.HclValue;
import io.finguard.api.edit.NewBlock;
import io.finguard.hcl.Block;
import io.finguard.rules.AttributeFix;
import io.finguard.rules.FixOutcome;
import io.finguard.terraform.ProviderConfig;
import io.finguard.terraform.Resource;
import io.finguard.terraform.SyntaxRef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code fix-target: provider}: the missing keys go into the {@code default_tags} of the provider block the resource
 * uses (through {@code provider = aws.x}, or the block a module was passed), once for every resource of that
 * provider. A resource whose provider is implicit has no block to write them into.
 */
final class ProviderDefaultTagsEdit {

    private static final String DEFAULT_TAGS = "default_tags";

    private ProviderDefaultTagsEdit() {
    }

    /** The fix, or why there is none. */
    static FixOutcome fix(Resource resource, Map<String, String> keys, String leftAlone) {
        ProviderConfig provider = resource.provider();
        if (provider == null || provider.syntax() == null) {
            String name = provider == null ? "aws" : provider.name();
            return FixOutcome.no("its provider configuration " + (provider == null ? name : provider.key())
                    + " is implicit: there is no provider \"" + name + "\" block to hold default_tags; declare one "
                    + "in the root module, or use fix-target: resource");
        }
        SyntaxRef syntax = provider.syntax();
        Block block = syntax.block();
        String label = "default_tags.tags of provider " + provider.key();
        if (AttributeFix.writtenAsDynamic(block, DEFAULT_TAGS)) {
            return FixOutcome.no(label + " is written in a dynamic block; add " + String.join(", ",
                    keys.keySet()) + " in its content");
        }
        FileEdits edits = FileEdits.of(syntax.config());
        List<Block> defaultTags = block.body().blocks(DEFAULT_TAGS);
        if (defaultTags.isEmpty()) {
            edits.insertBlock(block, NewBlock.of(DEFAULT_TAGS).with(TagsMapEdit.TAGS,
                    HclValue.of(new LinkedHashMap<String, Object>(keys))));
        } else {
            String reason = TagsMapEdit.addKeys(edits, syntax, defaultTags.get(0), label, keys);
            if (reason != null) {
                return FixOutcome.no(reason);
            }
        }
        String description = "add " + String.join(", ", keys.keySet()) + " to the " + label + " (" + syntax.file()
                + ")" + (leftAlone == null ? "" : "; left alone: " + leftAlone);
        return new FixOutcome(edits.toFix(description), null);
    }
}
