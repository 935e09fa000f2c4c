package io.finguard.rego.eval;

import io.finguard.rego.ast.Expr;
import io.finguard.rego.ast.Term;
import io.finguard.rego.value.StringValue;
import java.util.Set;
import java.util.function.Consumer;

/** Walks over terms. */
final class Terms {
    private Terms() {
    }

    static boolean isGlobal(String name) {
        return name.equals("input") || name.equals("data");
    }

    /** Visits every term of an expression, including inside comprehensions, bodies and {@code with} values. */
    static void forEachTerm(Expr e, Consumer<Term> visitor) {
        if (e instanceof Expr.TermExpr t) {
            forEach(t.term(), visitor);
        } else if (e instanceof Expr.Every ev) {
            forEach(ev.domain(), visitor);
            ev.body().forEach(b -> forEachTerm(b, visitor));
        } else if (e instanceof Expr.SomeDecl s) {
            s.vars().forEach(visitor);
        }
        for (Expr.With w : e.withs()) {
            forEach(w.value(), visitor);
        }
    }

    static void forEach(Term t, Consumer<Term> visitor) {
        visitor.accept(t);
        if (t instanceof Term.Ref r) {
            forEach(r.head(), visitor);
            r.path().forEach(p -> forEach(p, visitor));
        } else if (t instanceof Term.ArrayTerm a) {
            a.items().forEach(x -> forEach(x, visitor));
        } else if (t instanceof Term.SetTerm s) {
            s.items().forEach(x -> forEach(x, visitor));
        } else if (t instanceof Term.ObjectTerm o) {
            o.keys().forEach(x -> forEach(x, visitor));
            o.values().forEach(x -> forEach(x, visitor));
        } else if (t instanceof Term.Call c) {
            c.args().forEach(x -> forEach(x, visitor));
        } else if (t instanceof Term.ArrayCompr c) {
            forEach(c.head(), visitor);
            c.body().forEach(b -> forEachTerm(b, visitor));
        } else if (t instanceof Term.SetCompr c) {
            forEach(c.head(), visitor);
            c.body().forEach(b -> forEachTerm(b, visitor));
        } else if (t instanceof Term.ObjectCompr c) {
            forEach(c.key(), visitor);
            forEach(c.value(), visitor);
            c.body().forEach(b -> forEachTerm(b, visitor));
        }
    }

    /** Every variable name in a term (nested bodies included). */
    static void allVars(Term t, Set<String> out) {
        forEach(t, x -> {
            if (x instanceof Term.Var v && !isGlobal(v.name())) {
                out.add(v.name());
            }
        });
    }

    static void allVars(Expr e, Set<String> out) {
        forEachTerm(e, x -> {
            if (x instanceof Term.Var v && !isGlobal(v.name())) {
                out.add(v.name());
            }
        });
    }

    /** {@code a.b.c} for a variable or a reference with only name elements; null otherwise. */
    static String dottedName(Term t) {
        if (t instanceof Term.Var v) {
            return v.name();
        }
        if (t instanceof Term.Ref r && r.head() instanceof Term.Var v) {
            StringBuilder sb = new StringBuilder(v.name());
            for (Term p : r.path()) {
                if (!(p instanceof Term.Scalar s && s.value() instanceof StringValue sv)) {
                    return null;
                }
                sb.append('.').append(sv.value());
            }
            return sb.toString();
        }
        return null;
    }
}
