package io.finguard.rules;

import io.finguard.api.FindingDraft;
import io.finguard.api.Fix;
import io.finguard.api.edit.FileEdits;
import io.finguard.api.edit.HclValue;
import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.Expression;
import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;
import io.finguard.terraform.SyntaxRef;

import java.util.List;

/**
 * Builds the fix that writes one argument of a resource, such as {@code retention_in_days} or
 * {@code scaling_config.max_size}, or says why it cannot. finguard only rewrites a value written as a literal in the
 * resource's own block: a value that comes from a variable, a local or an expression is set somewhere else (a
 * module call, a tfvars file) and may serve other resources, so the finding says where it comes from instead.
 */
public final class AttributeFix {

    private static final int MAX_SOURCE = 60;

    private AttributeFix() {
    }

    /** The fix, or why there is none (exactly one is non-null). */
    public record Outcome(Fix fix, String notFixableReason) {

        public static Outcome no(String reason) {
            return new Outcome(null, reason);
        }

        /**
         * This outcome, unless it has a fix and {@code reason} (why the fix would be unsafe, such as
         * {@link SharedBlocks#disagreement}) is not null. A value that is not a literal is the more useful answer, so
         * that check comes first.
         */
        public Outcome unless(String reason) {
            return fix != null && reason != null ? no(reason) : this;
        }

        /** The finding, carrying the fix or saying why there is none. */
        public FindingDraft finding(Resource resource, Location location, String message) {
            return fix != null ? FindingDraft.fixable(resource, location, message, fix)
                    : FindingDraft.notFixable(resource, location, message, notFixableReason);
        }
    }

    /**
     * Sets the argument at {@code path} (nested block types, first block of each, then the argument name) to
     * {@code value}; inserts it when absent and {@code insertWhenAbsent}.
     */
    public static Outcome set(Resource resource, HclValue value, boolean insertWhenAbsent, String... path) {
        SyntaxRef syntax = resource.syntax();
        if (syntax == null) {
            return Outcome.no(EditableSource.PLAN_ONLY);
        }
        String label = String.join(".", path);
        Block block = syntax.block();
        for (int i = 0; i < path.length - 1; i++) {
            String type = path[i];
            List<Block> nested = block.body().blocks(type);
            if (nested.isEmpty()) {
                boolean dynamic = block.body().blocks("dynamic").stream()
                        .anyMatch(d -> d.labelValues().equals(List.of(type)));
                return Outcome.no(dynamic ? type + " is written as a dynamic block; change " + label + " in its content"
                        : "there is no " + type + " block to write " + label + " into");
            }
            block = nested.get(0);
        }
        String name = path[path.length - 1];
        Attribute attribute = block.body().attribute(name);
        FileEdits edits = FileEdits.of(syntax.config());
        String description = "set " + label + " to " + value.text();
        if (attribute == null) {
            if (!insertWhenAbsent) {
                return Outcome.no(label + " is not written in the block");
            }
            return new Outcome(edits.insertAttribute(block, name, value).toFix(description), null);
        }
        if (!isLiteral(attribute.value())) {
            return Outcome.no(label + " comes from " + source(syntax, attribute.value())
                    + "; change it where it is set");
        }
        return new Outcome(edits.setValue(attribute, value).toFix(description), null);
    }

    /** A number, bool, null or string without interpolation, as written (a negative number included). */
    static boolean isLiteral(Expression e) {
        return e instanceof Expression.NumberLiteral || e instanceof Expression.BoolLiteral
                || e instanceof Expression.NullLiteral
                || e instanceof Expression.Template t && t.heredoc() == null && t.literalValue() != null
                || e instanceof Expression.Unary u && u.operand() instanceof Expression.NumberLiteral
                || e instanceof Expression.Parens p && isLiteral(p.inner());
    }

    private static String source(SyntaxRef syntax, Expression e) {
        String text = syntax.config().source().slice(e.range()).strip().replaceAll("\\s+", " ");
        return text.length() <= MAX_SOURCE ? text : text.substring(0, MAX_SOURCE - 1) + "…";
    }
}
