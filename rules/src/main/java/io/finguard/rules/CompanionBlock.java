package io.finguard.rules;

import io.finguard.api.Fix;
import io.finguard.api.edit.FileEdits;
import io.finguard.api.edit.HclValue;
import io.finguard.api.edit.NewBlock;
import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.ConfigFile;
import io.finguard.terraform.Resource;

/**
 * A new resource block that belongs to an existing one, instance for instance: the lifecycle configuration of a
 * bucket (FG401), the log group of a Lambda function (FG502). It is written right after its anchor's block, so in the
 * same module; it repeats the anchor's {@code count} (same expression) or iterates over the anchor itself
 * ({@code for_each = aws_s3_bucket.b}, so keys match whatever the anchor's {@code for_each} is), and its
 * {@code provider}, since a log group or lifecycle configuration must live in the region and account of what it
 * serves. {@link #reference} is how it names its own instance of the anchor.
 */
public final class CompanionBlock {

    private final Resource anchor;
    private final ConfigFile file;
    private final Block block;

    private CompanionBlock(Resource anchor) {
        this.anchor = anchor;
        this.file = anchor.syntax().config();
        this.block = anchor.syntax().block();
    }

    /** The companion of a resource written in HCL ({@code anchor.syntax()} is not null). */
    public static CompanionBlock of(Resource anchor) {
        if (anchor.syntax() == null) {
            throw new IllegalArgumentException(anchor.address() + " has no HCL to write a block beside");
        }
        return new CompanionBlock(anchor);
    }

    /**
     * An attribute of the anchor instance this companion instance belongs to: {@code aws_s3_bucket.b.id},
     * {@code aws_s3_bucket.b[count.index].id} or {@code each.value.id}.
     */
    public String reference(String attribute) {
        String config = anchor.type() + "." + anchor.name();
        if (block.body().attribute("for_each") != null) {
            return "each.value." + attribute;
        }
        if (block.body().attribute("count") != null) {
            return config + "[count.index]." + attribute;
        }
        return config + "." + attribute;
    }

    /** {@code resource "type" "label"} with the anchor's repetition and provider as its first arguments. */
    public NewBlock resource(String type, String label) {
        NewBlock out = NewBlock.of("resource", type, label);
        Attribute count = block.body().attribute("count");
        if (block.body().attribute("for_each") != null) {
            out = out.with("for_each", HclValue.raw(anchor.type() + "." + anchor.name()));
        } else if (count != null) {
            out = out.with("count", HclValue.copyOf(file, count.value()));
        }
        Attribute provider = block.body().attribute("provider");
        if (provider != null) {
            out = out.with("provider", HclValue.copyOf(file, provider.value()));
        }
        return out;
    }

    /**
     * The value of one of the anchor's arguments for the companion: its expression copied when it means the same
     * in the companion (it does not use {@code each.value}, which there is the anchor instance, and holds no
     * heredoc), else a reference to the anchor's attribute; null when the anchor does not set it.
     */
    public HclValue repeat(String argument) {
        Attribute attribute = block.body().attribute(argument);
        if (attribute == null) {
            return null;
        }
        boolean eachValue = anchor.referencesOf(argument).stream()
                .anyMatch(r -> r.equals("each.value") || r.startsWith("each.value."));
        return eachValue || !HclValue.copyable(attribute.value()) ? HclValue.raw(reference(argument))
                : HclValue.copyOf(file, attribute.value());
    }

    /** The fix that writes {@code companion} after the anchor's block. */
    public Fix append(NewBlock companion, String description) {
        return FileEdits.of(file).appendBlockAfter(block, companion).toFix(description);
    }
}
