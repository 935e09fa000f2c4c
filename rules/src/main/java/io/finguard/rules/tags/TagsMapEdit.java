package io.finguard.rules.tags;

import io.finguard.api.edit.FileEdits;
import io.finguard.api.edit.HclValue;
import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.Expression;
import io.finguard.rules.AttributeFix;
import io.finguard.terraform.SyntaxRef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds keys to the {@code tags} argument of a block (a resource, or a provider's {@code default_tags}) where what is
 * written lets finguard add them and change nothing else: into a literal map, into the last literal map of a
 * {@code merge(…)} (or as its new last argument), in place of {@code null}, or as a new {@code tags} map. A map
 * that comes from a variable, a local or another expression is set somewhere else and may serve other resources,
 * so the keys are left for the user to add there.
 */
final class TagsMapEdit {

    static final String TAGS = "tags";
    private static final String MERGE = "merge";

    private TagsMapEdit() {
    }

    /**
     * Adds the edits that give {@code block}'s {@code tags} these keys to {@code edits}, and returns null; or returns
     * why it cannot, naming the argument as {@code label}.
     */
    static String addKeys(FileEdits edits, SyntaxRef syntax, Block block, String label, Map<String, String> keys) {
        Attribute tags = block.body().attribute(TAGS);
        if (tags == null) {
            edits.insertAttribute(block, TAGS, map(keys));
            return null;
        }
        Expression value = tags.value();
        if (value instanceof Expression.NullLiteral) {
            edits.setValue(tags, map(keys));
            return null;
        }
        if (value instanceof Expression.ObjectCons object) {
            return addEntries(edits, object, label, keys);
        }
        if (value instanceof Expression.FunctionCall call && call.name().equals(MERGE) && !call.expandFinal()) {
            List<Expression> args = call.args();
            for (int i = args.size() - 1; i >= 0; i--) {
                // a later map wins in merge(), so the keys go into the last literal one
                if (args.get(i) instanceof Expression.ObjectCons object) {
                    return addEntries(edits, object, label, keys);
                }
            }
            edits.addArgument(call, map(keys));
            return null;
        }
        String keyList = String.join(", ", keys.keySet());
        String source = AttributeFix.sourceText(syntax, value);
        if (isReference(value)) {
            return label + " comes from " + source + "; add " + keyList + " where it is set";
        }
        return label + " is computed (" + source + "); add " + keyList + " to it by hand";
    }

    /** {@code var.tags}, {@code local.common}, {@code module.m.tags["x"]}: a value set somewhere else. */
    private static boolean isReference(Expression e) {
        if (e instanceof Expression.GetAttr g) {
            return isReference(g.target());
        }
        if (e instanceof Expression.Index i) {
            return isReference(i.target());
        }
        return e instanceof Expression.Variable;
    }

    private static String addEntries(FileEdits edits, Expression.ObjectCons object, String label,
                                     Map<String, String> keys) {
        for (Expression.ObjectItem item : object.items()) {
            if (keys.containsKey(item.literalKey())) {
                // written, but null: the value is someone's choice to make, not a key to add
                return item.literalKey() + " is written in " + label + " with a null value; give it one";
            }
        }
        Map<String, HclValue> entries = new LinkedHashMap<>();
        keys.forEach((k, v) -> entries.put(k, HclValue.of(v)));
        edits.addEntries(object, entries);
        return null;
    }

    private static HclValue map(Map<String, String> keys) {
        return HclValue.of(new LinkedHashMap<String, Object>(keys));
    }
}
