package io.finguard.rego.eval;

import io.finguard.rego.RegoException;
import io.finguard.rego.ast.Expr;
import io.finguard.rego.ast.Location;
import io.finguard.rego.ast.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * OPA's safety check: every variable must be bound (by unification, assignment, iteration or a builtin's output)
 * before it is read. Bodies are reordered, keeping the written order where it already works, so that
 * {@code x > 1; x = input.n} evaluates like {@code x = input.n; x > 1}; a variable nothing binds is an
 * {@code rego_unsafe_var_error} at its expression.
 */
final class Safety {
    private final ToIntFunction<String> arity;

    Safety(ToIntFunction<String> arity) {
        this.arity = arity;
    }

    /** Vars a pattern (the side of a unification) binds: bare variables, array items and object values. */
    static void patternVars(Term t, Set<String> out) {
        if (t instanceof Term.Var v && !Terms.isGlobal(v.name())) {
            out.add(v.name());
        } else if (t instanceof Term.ArrayTerm a) {
            a.items().forEach(x -> patternVars(x, out));
        } else if (t instanceof Term.ObjectTerm o) {
            o.values().forEach(x -> patternVars(x, out));
        }
    }

    /** Orders a body; {@code bound} comes in with the variables bound before it and leaves with those after. */
    List<Expr> order(List<Expr> body, Set<String> bound, boolean query) {
        List<Analysis> remaining = new ArrayList<>();
        Set<String> known = new HashSet<>(bound);
        for (Expr e : body) {
            Analysis a = new Analysis(e);
            a.collectProvides();
            known.addAll(a.provides);
            remaining.add(a);
        }
        for (Analysis a : remaining) {
            a.collectNeeds(known);
        }
        List<Expr> ordered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Analysis ready = null;
            for (Analysis a : remaining) {
                if (a.ready(bound)) {
                    ready = a;
                    break;
                }
            }
            if (ready == null) {
                Analysis first = remaining.get(0);
                Set<String> missing = new TreeSet<>(first.needs);
                missing.removeAll(bound);
                if (missing.isEmpty()) {
                    missing.addAll(first.provides);
                }
                throw unsafe(missing, first.expr.loc());
            }
            remaining.remove(ready);
            ordered.add(nested(ready.expr, bound));
            bound.addAll(ready.provides);
        }
        return ordered;
    }

    /** Checks that a rule head only reads bound variables; returns it with its comprehensions compiled. */
    Term head(Term head, Set<String> bound, Location loc) {
        checkComprHead(head, bound, loc);
        return nestedTerm(head, bound);
    }

    private static void collectOutsideCompr(Term t, Set<String> out) {
        if (t instanceof Term.Var v && !Terms.isGlobal(v.name())) {
            out.add(v.name());
        } else if (t instanceof Term.Ref r) {
            // Variables in a reference's path iterate: the value {@code xs[_]} is defined once per element.
            collectOutsideCompr(r.head(), out);
            r.path().forEach(p -> {
                if (!(p instanceof Term.Var)) {
                    collectOutsideCompr(p, out);
                }
            });
        } else if (t instanceof Term.ArrayTerm a) {
            a.items().forEach(x -> collectOutsideCompr(x, out));
        } else if (t instanceof Term.SetTerm s) {
            s.items().forEach(x -> collectOutsideCompr(x, out));
        } else if (t instanceof Term.ObjectTerm o) {
            o.keys().forEach(x -> collectOutsideCompr(x, out));
            o.values().forEach(x -> collectOutsideCompr(x, out));
        } else if (t instanceof Term.Call c) {
            c.args().forEach(x -> collectOutsideCompr(x, out));
        }
    }

    private static RegoException unsafe(Set<String> vars, Location loc) {
        String name = vars.isEmpty() ? "?" : vars.iterator().next();
        int dollar = name.indexOf('$');
        if (dollar > 0) {
            name = name.substring(0, dollar);
        } else if (name.startsWith("$_")) {
            name = "_";
        }
        return new RegoException(RegoException.UNSAFE_VAR, "var " + name + " is unsafe", loc);
    }

    /** Orders the bodies nested in an expression (comprehensions, {@code every}) given what is bound before it. */
    private Expr nested(Expr e, Set<String> bound) {
        List<Expr.With> withs = new ArrayList<>();
        for (Expr.With w : e.withs()) {
            withs.add(new Expr.With(w.target(), nestedTerm(w.value(), bound), w.loc()));
        }
        if (e instanceof Expr.TermExpr t) {
            return new Expr.TermExpr(nestedTerm(t.term(), bound), t.negated(), withs, t.loc());
        }
        if (e instanceof Expr.Every ev) {
            Set<String> inner = new HashSet<>(bound);
            if (ev.key() != null) {
                inner.add(ev.key().name());
            }
            inner.add(ev.value().name());
            List<Expr> body = order(ev.body(), inner, false);
            return new Expr.Every(ev.key(), ev.value(), nestedTerm(ev.domain(), bound), body, ev.negated(), withs,
                    ev.loc());
        }
        return e;
    }

    private Term nestedTerm(Term t, Set<String> bound) {
        if (t instanceof Term.ArrayCompr c) {
            Set<String> inner = new HashSet<>(bound);
            List<Expr> body = order(c.body(), inner, false);
            checkComprHead(c.head(), inner, c.loc());
            return new Term.ArrayCompr(nestedTerm(c.head(), inner), body, c.loc());
        }
        if (t instanceof Term.SetCompr c) {
            Set<String> inner = new HashSet<>(bound);
            List<Expr> body = order(c.body(), inner, false);
            checkComprHead(c.head(), inner, c.loc());
            return new Term.SetCompr(nestedTerm(c.head(), inner), body, c.loc());
        }
        if (t instanceof Term.ObjectCompr c) {
            Set<String> inner = new HashSet<>(bound);
            List<Expr> body = order(c.body(), inner, false);
            checkComprHead(c.key(), inner, c.loc());
            checkComprHead(c.value(), inner, c.loc());
            return new Term.ObjectCompr(nestedTerm(c.key(), inner), nestedTerm(c.value(), inner), body, c.loc());
        }
        if (t instanceof Term.Ref r) {
            List<Term> path = new ArrayList<>();
            r.path().forEach(p -> path.add(nestedTerm(p, bound)));
            return new Term.Ref(nestedTerm(r.head(), bound), path, r.loc());
        }
        if (t instanceof Term.ArrayTerm a) {
            return new Term.ArrayTerm(nestedTerms(a.items(), bound), a.loc());
        }
        if (t instanceof Term.SetTerm s) {
            return new Term.SetTerm(nestedTerms(s.items(), bound), s.loc());
        }
        if (t instanceof Term.ObjectTerm o) {
            return new Term.ObjectTerm(nestedTerms(o.keys(), bound), nestedTerms(o.values(), bound), o.loc());
        }
        if (t instanceof Term.Call c) {
            return new Term.Call(c.name(), nestedTerms(c.args(), bound), c.loc());
        }
        return t;
    }

    private void checkComprHead(Term head, Set<String> bound, Location loc) {
        Set<String> direct = new TreeSet<>();
        collectOutsideCompr(head, direct);
        direct.removeAll(bound);
        if (!direct.isEmpty()) {
            throw unsafe(direct, loc);
        }
    }

    private List<Term> nestedTerms(List<Term> ts, Set<String> bound) {
        List<Term> out = new ArrayList<>(ts.size());
        ts.forEach(t -> out.add(nestedTerm(t, bound)));
        return out;
    }

    /** What one expression needs bound before it runs, and what it binds. */
    private final class Analysis {
        final Expr expr;
        final Set<String> needs = new HashSet<>();
        final Set<String> provides = new HashSet<>();
        /** For {@code x = y} with two bare variables: one of them must be bound first. */
        String[] eitherOf;

        Analysis(Expr expr) {
            this.expr = expr;
        }

        void collectProvides() {
            if (expr.negated() || !(expr instanceof Expr.TermExpr t)) {
                return;
            }
            walk(t.term(), true, true, new HashSet<>(), provides, Set.of());
        }

        void collectNeeds(Set<String> known) {
            Set<String> sink = new HashSet<>();
            if (expr instanceof Expr.SomeDecl) {
                return;
            }
            if (expr.negated() || expr instanceof Expr.Every) {
                Set<String> all = new HashSet<>();
                Terms.allVars(expr, all);
                if (expr instanceof Expr.Every ev) {
                    if (ev.key() != null) {
                        all.remove(ev.key().name());
                    }
                    all.remove(ev.value().name());
                }
                all.retainAll(known);
                needs.addAll(all);
            } else {
                Expr.TermExpr t = (Expr.TermExpr) expr;
                walk(t.term(), true, true, needs, sink, known);
                if (t.term() instanceof Term.Call c && (c.name().equals("eq") || c.name().equals("assign"))
                        && c.args().get(0) instanceof Term.Var a && c.args().get(1) instanceof Term.Var b
                        && !Terms.isGlobal(a.name()) && !Terms.isGlobal(b.name())) {
                    eitherOf = new String[] {a.name(), b.name()};
                }
            }
            for (Expr.With w : expr.withs()) {
                walk(w.value(), false, false, needs, sink, known);
            }
        }

        boolean ready(Set<String> bound) {
            if (!bound.containsAll(needs)) {
                return false;
            }
            return eitherOf == null || bound.contains(eitherOf[0]) || bound.contains(eitherOf[1]);
        }

        /**
         * Collects variables: in a pattern position they are bound here (provides), elsewhere they must be bound
         * already (needs). {@code top} marks the expression's own term, where calls of {@code =} unify.
         */
        private void walk(Term t, boolean pattern, boolean top, Set<String> needs, Set<String> provides,
                          Set<String> known) {
            if (t instanceof Term.Var v) {
                if (Terms.isGlobal(v.name())) {
                    return;
                }
                (pattern ? provides : needs).add(v.name());
            } else if (t instanceof Term.Ref r) {
                if (r.head() instanceof Term.Var v) {
                    if (!Terms.isGlobal(v.name())) {
                        needs.add(v.name());
                    }
                } else {
                    walk(r.head(), false, false, needs, provides, known);
                }
                for (Term p : r.path()) {
                    walk(p, true, false, needs, provides, known);
                }
            } else if (t instanceof Term.ArrayTerm a) {
                a.items().forEach(x -> walk(x, pattern, false, needs, provides, known));
            } else if (t instanceof Term.SetTerm s) {
                s.items().forEach(x -> walk(x, false, false, needs, provides, known));
            } else if (t instanceof Term.ObjectTerm o) {
                o.keys().forEach(x -> walk(x, false, false, needs, provides, known));
                o.values().forEach(x -> walk(x, pattern, false, needs, provides, known));
            } else if (t instanceof Term.Call c) {
                if (top && (c.name().equals("eq") || c.name().equals("assign"))) {
                    c.args().forEach(x -> walk(x, true, false, needs, provides, known));
                    return;
                }
                if (top && c.name().startsWith("internal.member_")) {
                    int last = c.args().size() - 1;
                    for (int i = 0; i < last; i++) {
                        walk(c.args().get(i), true, false, needs, provides, known);
                    }
                    walk(c.args().get(last), false, false, needs, provides, known);
                    return;
                }
                int n = arity.applyAsInt(c.name());
                for (int i = 0; i < c.args().size(); i++) {
                    walk(c.args().get(i), n >= 0 && i >= n, false, needs, provides, known);
                }
            } else if (t instanceof Term.ArrayCompr || t instanceof Term.SetCompr
                    || t instanceof Term.ObjectCompr) {
                Set<String> all = new HashSet<>();
                Terms.allVars(t, all);
                all.retainAll(known);
                needs.addAll(all);
            }
        }
    }
}
