package io.finguard.rules;

import io.finguard.api.Fix;
import io.finguard.api.TextEdit;
import io.finguard.api.edit.FileEdits;
import io.finguard.api.edit.HclValue;
import io.finguard.api.edit.NewBlock;
import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.Expression;
import io.finguard.terraform.Resource;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.origin.Literals;
import io.finguard.terraform.origin.SourceText;
import io.finguard.terraform.origin.ValueChain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the fix that writes arguments of a resource, such as {@code retention_in_days},
 * {@code scaling_config.max_size} or both shares of an instances distribution, or says why it cannot. A literal in
 * the resource's own block is rewritten there. A value that comes from a variable or a local is set somewhere else
 * (a module call, a tfvars file) and may serve other resources: given a {@link SourceFix}, the fix follows the
 * value's chain and writes it where it is set, when that is safe; without one, or when it is not, the finding says
 * where it comes from instead.
 */
public final class AttributeFix {

    private static final int MAX_SOURCE = 60;

    private AttributeFix() {
    }

    /**
     * Sets the argument at {@code path} (nested block types, first block of each, then the argument name) to
     * {@code value}; inserts it when absent and {@code insertWhenAbsent}.
     */
    public static FixOutcome set(Resource resource, HclValue value, boolean insertWhenAbsent, String... path) {
        return set(null, resource, value, insertWhenAbsent, path);
    }

    /** As {@link #set(Resource, HclValue, boolean, String...)}, following a value that is set elsewhere. */
    public static FixOutcome set(SourceFix source, Resource resource, HclValue value, boolean insertWhenAbsent,
                                 String... path) {
        String label = String.join(".", path);
        String name = path[path.length - 1];
        if (!insertWhenAbsent && resource.syntax() != null) {
            Object found = block(resource.syntax().block(), List.of(path).subList(0, path.length - 1), label);
            if (found instanceof Block b && b.body().attribute(name) == null) {
                return FixOutcome.no(label + " is not written in the block");
            }
        }
        Map<String, HclValue> values = new LinkedHashMap<>();
        values.put(name, value);
        return write(source, resource, List.of(path).subList(0, path.length - 1), values, false,
                "set " + label + " to " + value.text());
    }

    /**
     * Writes {@code values} (argument name to value, in order) into the block at {@code blockPath} (nested block
     * types, first block of each; empty for the resource block): a literal is replaced, an absent argument inserted.
     * With {@code createLastBlock}, a missing last block of the path is written with those arguments. Not fixable
     * when a value is not a literal (it is set elsewhere) or a block on the path is missing or {@code dynamic}.
     */
    public static FixOutcome write(Resource resource, List<String> blockPath, Map<String, HclValue> values,
                                    boolean createLastBlock, String description) {
        return write(null, resource, blockPath, values, createLastBlock, description);
    }

    /**
     * As {@link #write(Resource, List, Map, boolean, String)}; a value that is not a literal is followed to where it
     * is set when {@code source} is given ({@link SourceFix}), and written there.
     */
    public static FixOutcome write(SourceFix source, Resource resource, List<String> blockPath,
                                   Map<String, HclValue> values, boolean createLastBlock, String description) {
        SyntaxRef syntax = resource.syntax();
        if (syntax == null) {
            return FixOutcome.no(EditableSource.PLAN_ONLY);
        }
        FileEdits edits = FileEdits.of(syntax.config());
        String prefix = blockPath.isEmpty() ? "" : String.join(".", blockPath) + ".";
        Object found = block(syntax.block(), blockPath, prefix + values.keySet().iterator().next());
        if (found instanceof Missing missing && createLastBlock && missing.depth() == blockPath.size() - 1
                && missing.reason() == null) {
            NewBlock created = NewBlock.of(blockPath.get(blockPath.size() - 1));
            for (Map.Entry<String, HclValue> e : values.entrySet()) {
                created = created.with(e.getKey(), e.getValue());
            }
            return new FixOutcome(edits.insertBlock(missing.parent(), created).toFix(description), null);
        }
        if (found instanceof Missing missing) {
            return FixOutcome.no(missing.reason() != null ? missing.reason() : "there is no "
                    + blockPath.get(missing.depth()) + " block to write " + prefix + values.keySet().iterator().next()
                    + " into");
        }
        Block block = (Block) found;
        Map<String, FileEdits> files = new LinkedHashMap<>();
        files.put(syntax.config().source().name(), edits);
        List<String> where = new ArrayList<>();
        for (Map.Entry<String, HclValue> e : values.entrySet()) {
            Attribute attribute = block.body().attribute(e.getKey());
            if (attribute == null) {
                edits.insertAttribute(block, e.getKey(), e.getValue());
            } else if (isLiteral(attribute.value())) {
                edits.setValue(attribute, e.getValue());
            } else {
                ValueChain chain = source == null ? null : source.trace(resource, blockPath, e.getKey());
                if (chain == null || !chain.indirect()) {
                    return FixOutcome.no(prefix + e.getKey() + " comes from " + sourceText(syntax, attribute.value())
                            + "; change it where it is set");
                }
                String why = source.write(chain, e.getValue(), files);
                if (why != null) {
                    return FixOutcome.no(why);
                }
                where.add(SourceFix.place(chain, e.getValue()));
            }
        }
        List<TextEdit> all = new ArrayList<>();
        files.values().forEach(f -> all.addAll(f.edits()));
        if (where.isEmpty()) {
            return new FixOutcome(new Fix(description, all), null);
        }
        return FixOutcome.atSource(new Fix(description + " " + String.join(" and ", where), all));
    }

    /** A block of the path that is not there: the depth of its type in the path, its parent, and why it is not. */
    private record Missing(int depth, Block parent, String reason) {
    }

    /** The block at the path, or a {@link Missing}; {@code label} names what was to be written, for the reason. */
    private static Object block(Block start, List<String> blockPath, String label) {
        Block block = start;
        for (int i = 0; i < blockPath.size(); i++) {
            String type = blockPath.get(i);
            List<Block> nested = block.body().blocks(type);
            if (nested.isEmpty()) {
                return new Missing(i, block, writtenAsDynamic(block, type)
                        ? type + " is written as a dynamic block; change " + label + " in its content" : null);
            }
            block = nested.get(0);
        }
        return block;
    }

    /**
     * True when {@code parent} writes its {@code type} blocks with {@code dynamic "type"}: a fix cannot add to
     * blocks that are generated, so it names the dynamic block's content instead.
     */
    public static boolean writtenAsDynamic(Block parent, String type) {
        return parent.body().blocks("dynamic").stream().anyMatch(d -> d.labelValues().equals(List.of(type)));
    }

    /** A number, bool, null or string without interpolation, as written (a negative number included). */
    public static boolean isLiteral(Expression e) {
        return Literals.isLiteral(e);
    }

    /** The expression as written, on one line and cut to a readable length: what a reason names. */
    public static String sourceText(SyntaxRef syntax, Expression e) {
        return SourceText.of(syntax.config(), e.range(), MAX_SOURCE);
    }
}
