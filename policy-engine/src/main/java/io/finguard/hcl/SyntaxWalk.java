package io.finguard.hcl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Generic traversal of the syntax tree: the direct children of any node, in source order, and a depth-first walk.
 * For code that looks for something anywhere in a tree (references, templates) without a switch per node type.
 */
public final class SyntaxWalk {

    private SyntaxWalk() {
    }

    /** The direct child nodes, in source order. */
    public static List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        if (node instanceof Body b) {
            out.addAll(b.items());
        } else if (node instanceof Attribute a) {
            out.add(a.value());
        } else if (node instanceof Block b) {
            out.addAll(b.labels());
            out.add(b.body());
        } else if (node instanceof Expression e) {
            addExpressionChildren(e, out);
        } else if (node instanceof Expression.ObjectItem item) {
            out.add(item.key());
            out.add(item.value());
        } else if (node instanceof TemplatePart part) {
            addTemplatePartChildren(part, out);
        }
        return out;
    }

    /** Visits {@code node} and everything below it, parents before children. */
    public static void forEach(Node node, Consumer<Node> visitor) {
        visitor.accept(node);
        for (Node child : children(node)) {
            forEach(child, visitor);
        }
    }

    private static void addExpressionChildren(Expression expression, List<Node> out) {
        if (expression instanceof Expression.Template t) {
            out.addAll(t.parts());
        } else if (expression instanceof Expression.Tuple t) {
            out.addAll(t.elements());
        } else if (expression instanceof Expression.ObjectCons o) {
            out.addAll(o.items());
        } else if (expression instanceof Expression.FunctionCall f) {
            out.addAll(f.args());
        } else if (expression instanceof Expression.GetAttr g) {
            out.add(g.target());
        } else if (expression instanceof Expression.Index i) {
            out.add(i.target());
            out.add(i.key());
        } else if (expression instanceof Expression.Splat s) {
            out.add(s.source());
            out.add(s.each());
        } else if (expression instanceof Expression.For f) {
            addAllPresent(out, f.collection(), f.keyExpr(), f.valueExpr(), f.condition());
        } else if (expression instanceof Expression.Conditional c) {
            addAllPresent(out, c.condition(), c.trueResult(), c.falseResult());
        } else if (expression instanceof Expression.Binary b) {
            addAllPresent(out, b.left(), b.right());
        } else if (expression instanceof Expression.Unary u) {
            out.add(u.operand());
        } else if (expression instanceof Expression.Parens p) {
            out.add(p.inner());
        }
        // literals, variables, splat items and invalid expressions are leaves
    }

    private static void addTemplatePartChildren(TemplatePart part, List<Node> out) {
        if (part instanceof TemplatePart.Interpolation i) {
            out.add(i.expression());
        } else if (part instanceof TemplatePart.If i) {
            out.add(i.condition());
            out.addAll(i.thenParts());
            out.addAll(i.elseParts());
        } else if (part instanceof TemplatePart.For f) {
            out.add(f.collection());
            out.addAll(f.body());
        }
    }

    private static void addAllPresent(List<Node> out, Node... nodes) {
        for (Node node : nodes) {
            if (node != null) {
                out.add(node);
            }
        }
    }
}
