package io.finguard.terraform.eval;

import io.finguard.hcl.Expression;
import io.finguard.hcl.Expression.Binary;
import io.finguard.hcl.Expression.Conditional;
import io.finguard.hcl.Expression.For;
import io.finguard.hcl.Expression.FunctionCall;
import io.finguard.hcl.Expression.GetAttr;
import io.finguard.hcl.Expression.Index;
import io.finguard.hcl.Expression.NumberLiteral;
import io.finguard.hcl.Expression.ObjectCons;
import io.finguard.hcl.Expression.ObjectItem;
import io.finguard.hcl.Expression.Parens;
import io.finguard.hcl.Expression.Splat;
import io.finguard.hcl.Expression.Template;
import io.finguard.hcl.Expression.Tuple;
import io.finguard.hcl.Expression.Unary;
import io.finguard.hcl.Expression.Variable;
import io.finguard.hcl.TemplatePart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The static traversals an expression mentions, without evaluating it: what the module loader orders locals by
 * and what links an S3 bucket to its lifecycle configuration.
 */
public final class References {

    private final Set<List<String>> found = new LinkedHashSet<>();

    private References() {
    }

    /**
     * Each traversal as its path of names, in order of first appearance and without duplicates: {@code var.x} is
     * [var, x]; {@code module.m.out} is [module, m, out]; a literal index is included in its string form
     * ({@code local.l[0]} is [local, l, 0]) and a computed index ends the path (its own references are listed
     * too). Names bound by a for-expression or a template for directive are not references.
     */
    public static List<List<String>> of(Expression expression) {
        References refs = new References();
        refs.walk(expression, Set.of());
        return List.copyOf(refs.found);
    }

    private void walk(Expression e, Set<String> bound) {
        if (e == null) {
            return;
        }
        if (e instanceof Variable || e instanceof GetAttr || e instanceof Index) {
            traversal(e, bound);
        } else if (e instanceof Template t) {
            walkParts(t.parts(), bound);
        } else if (e instanceof Tuple t) {
            t.elements().forEach(x -> walk(x, bound));
        } else if (e instanceof ObjectCons o) {
            for (ObjectItem item : o.items()) {
                if (item.literalKey() == null) {
                    walk(item.key(), bound);
                }
                walk(item.value(), bound);
            }
        } else if (e instanceof FunctionCall c) {
            c.args().forEach(x -> walk(x, bound));
        } else if (e instanceof Splat s) {
            walk(s.source(), bound);
            walk(s.each(), bound);
        } else if (e instanceof For f) {
            walk(f.collection(), bound);
            Set<String> inner = bind(bound, f.keyVar(), f.valueVar());
            walk(f.keyExpr(), inner);
            walk(f.valueExpr(), inner);
            walk(f.condition(), inner);
        } else if (e instanceof Conditional c) {
            walk(c.condition(), bound);
            walk(c.trueResult(), bound);
            walk(c.falseResult(), bound);
        } else if (e instanceof Binary b) {
            walk(b.left(), bound);
            walk(b.right(), bound);
        } else if (e instanceof Unary u) {
            walk(u.operand(), bound);
        } else if (e instanceof Parens p) {
            walk(p.inner(), bound);
        }
        // literals, SplatItem and Invalid mention nothing
    }

    private void walkParts(List<TemplatePart> parts, Set<String> bound) {
        for (TemplatePart part : parts) {
            if (part instanceof TemplatePart.Interpolation i) {
                walk(i.expression(), bound);
            } else if (part instanceof TemplatePart.If i) {
                walk(i.condition(), bound);
                walkParts(i.thenParts(), bound);
                walkParts(i.elseParts(), bound);
            } else if (part instanceof TemplatePart.For f) {
                walk(f.collection(), bound);
                walkParts(f.body(), bind(bound, f.keyVar(), f.valueVar()));
            }
        }
    }

    private static Set<String> bind(Set<String> bound, String keyVar, String valueVar) {
        Set<String> inner = new HashSet<>(bound);
        if (keyVar != null) {
            inner.add(keyVar);
        }
        inner.add(valueVar);
        return inner;
    }

    private void traversal(Expression e, Set<String> bound) {
        List<Expression> steps = new ArrayList<>();
        Expression root = e;
        while (root instanceof GetAttr || root instanceof Index) {
            steps.add(root);
            root = root instanceof GetAttr g ? g.target() : ((Index) root).target();
        }
        Collections.reverse(steps);
        if (root instanceof Variable v && !bound.contains(v.name())) {
            List<String> path = new ArrayList<>();
            path.add(v.name());
            for (Expression step : steps) {
                String name = step instanceof GetAttr g ? g.name() : literalKey(((Index) step).key());
                if (name == null) {
                    break;
                }
                path.add(name);
            }
            found.add(List.copyOf(path));
        } else if (!(root instanceof Variable)) {
            walk(root, bound);
        }
        for (Expression step : steps) {
            if (step instanceof Index i && literalKey(i.key()) == null) {
                walk(i.key(), bound);
            }
        }
    }

    private static String literalKey(Expression key) {
        if (key instanceof NumberLiteral n) {
            return Conversions.formatNumber(n.value());
        }
        if (key instanceof Template t) {
            return t.literalValue();
        }
        return null;
    }
}
