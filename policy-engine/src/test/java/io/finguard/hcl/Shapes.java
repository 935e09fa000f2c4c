package io.finguard.hcl;

import java.util.List;
import java.util.stream.Collectors;

/** Renders expressions as compact s-expressions, so that a test can state a whole tree shape in one line. */
final class Shapes {

    private Shapes() {
    }

    static String of(Expression e) {
        if (e instanceof Expression.NumberLiteral n) {
            return n.value().toString();
        } else if (e instanceof Expression.BoolLiteral b) {
            return String.valueOf(b.value());
        } else if (e instanceof Expression.NullLiteral) {
            return "null";
        } else if (e instanceof Expression.Template t) {
            String parts = parts(t.parts());
            String literal = t.literalValue();
            if (t.heredoc() != null) {
                return "(heredoc" + (t.heredoc().indented() ? "- " : " ") + t.heredoc().marker() + " " + parts + ")";
            }
            return literal != null ? quote(literal) : "(tpl " + parts + ")";
        } else if (e instanceof Expression.Tuple t) {
            return "[" + t.elements().stream().map(Shapes::of).collect(Collectors.joining(" ")) + "]";
        } else if (e instanceof Expression.ObjectCons o) {
            return "{" + o.items().stream().map(i -> of(i.key()) + "=" + of(i.value()))
                    .collect(Collectors.joining(" ")) + "}";
        } else if (e instanceof Expression.FunctionCall f) {
            return "(call " + f.name() + f.args().stream().map(a -> " " + of(a)).collect(Collectors.joining())
                    + (f.expandFinal() ? " ..." : "") + ")";
        } else if (e instanceof Expression.Variable v) {
            return v.name();
        } else if (e instanceof Expression.GetAttr g) {
            return "(. " + of(g.target()) + " " + g.name() + ")";
        } else if (e instanceof Expression.Index i) {
            return "([] " + of(i.target()) + " " + of(i.key()) + ")";
        } else if (e instanceof Expression.Splat s) {
            return "(" + (s.full() ? "splat[*] " : "splat.* ") + of(s.source()) + " " + of(s.each()) + ")";
        } else if (e instanceof Expression.SplatItem) {
            return "@";
        } else if (e instanceof Expression.For f) {
            return "(for " + (f.keyVar() == null ? "" : f.keyVar() + ",") + f.valueVar() + " " + of(f.collection())
                    + (f.keyExpr() == null ? "" : " " + of(f.keyExpr()) + " =>") + " " + of(f.valueExpr())
                    + (f.grouping() ? "..." : "") + (f.condition() == null ? "" : " if " + of(f.condition())) + ")";
        } else if (e instanceof Expression.Conditional c) {
            return "(? " + of(c.condition()) + " " + of(c.trueResult()) + " " + of(c.falseResult()) + ")";
        } else if (e instanceof Expression.Binary b) {
            return "(" + b.op().symbol + " " + of(b.left()) + " " + of(b.right()) + ")";
        } else if (e instanceof Expression.Unary u) {
            return "(" + (u.op() == Expression.Operator.NEG ? "neg" : "!") + " " + of(u.operand()) + ")";
        } else if (e instanceof Expression.Parens p) {
            return "(paren " + of(p.inner()) + ")";
        }
        return "INVALID";
    }

    static String parts(List<TemplatePart> parts) {
        return parts.stream().map(Shapes::part).collect(Collectors.joining(" "));
    }

    private static String part(TemplatePart part) {
        if (part instanceof TemplatePart.Literal l) {
            return quote(l.value());
        } else if (part instanceof TemplatePart.Interpolation i) {
            return "${" + of(i.expression()) + "}";
        } else if (part instanceof TemplatePart.If i) {
            return "(if " + of(i.condition()) + " then " + parts(i.thenParts())
                    + (i.elseParts().isEmpty() ? "" : " else " + parts(i.elseParts())) + ")";
        }
        TemplatePart.For f = (TemplatePart.For) part;
        return "(for " + (f.keyVar() == null ? "" : f.keyVar() + ",") + f.valueVar() + " " + of(f.collection())
                + " do " + parts(f.body()) + ")";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r") + "\"";
    }
}
