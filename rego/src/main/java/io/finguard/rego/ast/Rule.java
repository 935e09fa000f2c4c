package io.finguard.rego.ast;

import java.util.List;
import java.util.Map;

/**
 * A rule as written. {@code path} is the rule's reference below its package ({@code p}, {@code p.q},
 * {@code p[k]}); the last element is a variable term for a partial object rule. {@code args} is non-null only
 * for functions, {@code key} only for partial sets ({@code contains}). {@code elseRule} chains {@code else}.
 */
public record Rule(Kind kind, List<Term> path, List<Term> args, Term key, Term value, boolean isDefault,
                   List<Expr> body, Rule elseRule, Map<String, Object> metadata, Location loc) {

    public enum Kind { COMPLETE, PARTIAL_SET, PARTIAL_OBJECT, FUNCTION }

    /** The first name of the path, e.g. {@code deny} for {@code deny contains msg if ...}. */
    public String name() {
        return ((Term.Scalar) path.get(0)).value() instanceof io.finguard.rego.value.StringValue s
                ? s.value() : String.valueOf(path.get(0));
    }

    public Rule withBody(List<Expr> newBody, Rule newElse) {
        return new Rule(kind, path, args, key, value, isDefault, newBody, newElse, metadata, loc);
    }

    public Rule withHead(List<Term> newArgs, Term newKey, Term newValue, List<Term> newPath) {
        return new Rule(kind, newPath, newArgs, newKey, newValue, isDefault, body, elseRule, metadata, loc);
    }
}
