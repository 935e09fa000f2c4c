package io.finguard.hcl;

import java.math.BigDecimal;
import java.util.List;

/**
 * HCL native-syntax expressions. Every node carries its exact source range, so an unknown value can remember its
 * source text and a fix can replace exactly one expression.
 */
public sealed interface Expression extends Node {

    /** {@code 42}, {@code -1} is a {@link Unary} of a number; {@code 1.5e3}. */
    record NumberLiteral(BigDecimal value, Range range) implements Expression {
    }

    /** {@code true} / {@code false}. */
    record BoolLiteral(boolean value, Range range) implements Expression {
    }

    /** {@code null}. */
    record NullLiteral(Range range) implements Expression {
    }

    /**
     * A quoted template {@code "a ${b} %{if c}d%{endif}"} or a heredoc. A quoted string without interpolation is a
     * template with a single {@link TemplatePart.Literal} (or none, for {@code ""}).
     *
     * @param heredoc null for a quoted template
     */
    record Template(List<TemplatePart> parts, Heredoc heredoc, Range range) implements Expression {

        /** The literal value when the template has no interpolation or directive, else null. */
        public String literalValue() {
            if (parts.isEmpty()) {
                return "";
            }
            if (parts.size() == 1 && parts.get(0) instanceof TemplatePart.Literal l) {
                return l.value();
            }
            return null;
        }
    }

    /** {@code <<EOT} or {@code <<-EOT} ({@code indented}); the marker is the delimiter word. */
    record Heredoc(String marker, boolean indented) {
    }

    /** {@code [a, b, c]}. */
    record Tuple(List<Expression> elements, Range range) implements Expression {
    }

    /** <code>{ k = v, "k2" : v2 }</code>; items separated by commas or newlines. */
    record ObjectCons(List<ObjectItem> items, Range range) implements Expression {
    }

    /**
     * One {@code key = value} of an object. A key written as a bare identifier ({@code foo = 1}) is a
     * {@link Variable} here, but means the literal string {@code "foo"}; write {@code (foo)} to use a variable as
     * key, which is a {@link Parens}.
     */
    record ObjectItem(Expression key, Expression value, Range range) implements Node {

        /** The key when it is a bare identifier or a literal string, else null (a computed key). */
        public String literalKey() {
            if (key instanceof Variable v) {
                return v.name();
            }
            if (key instanceof Template t) {
                return t.literalValue();
            }
            return null;
        }
    }

    /** {@code name(args...)}; {@code expandFinal} when the last argument is followed by {@code ...}. */
    record FunctionCall(String name, Range nameRange, List<Expression> args, boolean expandFinal, Range range)
            implements Expression {
    }

    /** A root name: {@code var}, {@code local}, {@code aws_s3_bucket}, {@code each}, a for-expression variable. */
    record Variable(String name, Range range) implements Expression {
    }

    /** {@code target.name}. */
    record GetAttr(Expression target, String name, Range range) implements Expression {
    }

    /** {@code target[key]}; the legacy {@code target.0} form is an Index with a number key. */
    record Index(Expression target, Expression key, Range range) implements Expression {
    }

    /**
     * {@code source[*].a.b} ({@code full}) or {@code source.*.a} (attribute-only splat): {@code each} is applied to
     * every element; inside {@code each} the element is the {@link SplatItem}.
     */
    record Splat(Expression source, Expression each, boolean full, Range range) implements Expression {
    }

    /** The element being traversed inside {@link Splat#each()}; its range is the splat operator. */
    record SplatItem(Range range) implements Expression {
    }

    /**
     * {@code [for k, v in coll : value if cond]} or <code>{for k, v in coll : key => value... if cond}</code>.
     *
     * @param keyVar    null when only one variable is declared
     * @param keyExpr   null for a tuple result
     * @param condition null when there is no {@code if}
     * @param grouping  the {@code ...} after the value of an object for-expression
     */
    record For(String keyVar, String valueVar, Expression collection, Expression keyExpr, Expression valueExpr,
               Expression condition, boolean grouping, Range range) implements Expression {

        public boolean objectResult() {
            return keyExpr != null;
        }
    }

    /** {@code cond ? a : b}. */
    record Conditional(Expression condition, Expression trueResult, Expression falseResult, Range range)
            implements Expression {
    }

    /** {@code a op b}. */
    record Binary(Operator op, Expression left, Expression right, Range range) implements Expression {
    }

    /** {@code -a} or {@code !a}. */
    record Unary(Operator op, Expression operand, Range range) implements Expression {
    }

    /** {@code (inner)}: kept so that printing and ranges stay faithful. */
    record Parens(Expression inner, Range range) implements Expression {
    }

    /** Where the parser could not make an expression; a diagnostic says why. Evaluates to unknown. */
    record Invalid(Range range) implements Expression {
    }

    enum Operator {
        OR("||", 1), AND("&&", 2),
        EQ("==", 3), NE("!=", 3),
        LT("<", 4), LE("<=", 4), GT(">", 4), GE(">=", 4),
        ADD("+", 5), SUB("-", 5),
        MUL("*", 6), DIV("/", 6), MOD("%", 6),
        NEG("-", 7), NOT("!", 7);

        public final String symbol;
        /** Binding strength as in the HCL spec: higher binds tighter. */
        public final int precedence;

        Operator(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }
    }
}
