package io.finguard.rego.ast;

import java.util.List;

/** One expression of a body (a literal in OPA's terms), with its negation and {@code with} modifiers. */
public sealed interface Expr {
    Location loc();

    boolean negated();

    List<With> withs();

    /** A term that must be defined and not false; calls of {@code eq}/{@code assign} unify. */
    record TermExpr(Term term, boolean negated, List<With> withs, Location loc) implements Expr {
    }

    /** {@code some x, y}: declares local variables. */
    record SomeDecl(List<Term.Var> vars, Location loc) implements Expr {
        @Override public boolean negated() { return false; }
        @Override public List<With> withs() { return List.of(); }
    }

    /** {@code every k, v in domain { body }}; {@code key} is null when only the value is named. */
    record Every(Term.Var key, Term.Var value, Term domain, List<Expr> body, boolean negated, List<With> withs,
                 Location loc) implements Expr {
    }

    /** {@code with target as value}; the target is {@code input...}, {@code data...} or a function name. */
    record With(Term target, Term value, Location loc) {
    }
}
