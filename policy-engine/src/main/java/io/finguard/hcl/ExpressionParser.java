package io.finguard.hcl;

import io.finguard.hcl.Expression.Operator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over HCL expressions: conditional, then binary operators by precedence climbing, unary
 * operators, terms and their traversals (attributes, indexes, splats).
 */
final class ExpressionParser {

    /** Deeper nesting is reported instead of risking a stack overflow on hostile input. */
    private static final int MAX_DEPTH = 200;

    private final ParseContext ctx;
    private final TokenCursor cursor;
    private final TokenStream tokens;
    private final TemplateParser templates;
    private final CollectionParser collections;
    private int depth;

    ExpressionParser(ParseContext ctx) {
        this.ctx = ctx;
        this.cursor = ctx.cursor;
        this.tokens = ctx.tokens;
        this.templates = new TemplateParser(ctx, this);
        this.collections = new CollectionParser(ctx, this);
    }

    TemplateParser templates() {
        return templates;
    }

    /** A whole expression, conditional included. */
    Expression parse() {
        if (depth >= MAX_DEPTH) {
            return tooDeep();
        }
        depth++;
        try {
            Expression condition = binary(1);
            if (cursor.accept(TokenKind.QUESTION) < 0) {
                return condition;
            }
            Expression whenTrue = parse();
            if (cursor.accept(TokenKind.COLON) < 0) {
                ctx.report(cursor.peek(), "expected ':' after the true result of the conditional, found "
                        + ctx.describe(cursor.peek()));
                Expression missing = new Expression.Invalid(missingHere());
                return new Expression.Conditional(condition, whenTrue, missing, condition.range().to(missing.range()));
            }
            Expression whenFalse = parse();
            return new Expression.Conditional(condition, whenTrue, whenFalse, condition.range().to(whenFalse.range()));
        } finally {
            depth--;
        }
    }

    /** Reported once; the enclosing constructs then skip the rest as they would any unexpected token. */
    private Expression tooDeep() {
        int token = cursor.peek();
        ctx.report(token, "expression nested too deeply (more than " + MAX_DEPTH + " levels)");
        return new Expression.Invalid(missingHere());
    }

    private Expression binary(int minPrecedence) {
        Expression left = unary();
        while (true) {
            Operator op = binaryOperator(cursor.peekKind());
            if (op == null || op.precedence < minPrecedence) {
                return left;
            }
            cursor.next();
            Expression right = binary(op.precedence + 1);
            left = new Expression.Binary(op, left, right, left.range().to(right.range()));
        }
    }

    private static Operator binaryOperator(TokenKind kind) {
        return switch (kind) {
            case OR -> Operator.OR;
            case AND -> Operator.AND;
            case EQ -> Operator.EQ;
            case NE -> Operator.NE;
            case LT -> Operator.LT;
            case LE -> Operator.LE;
            case GT -> Operator.GT;
            case GE -> Operator.GE;
            case PLUS -> Operator.ADD;
            case MINUS -> Operator.SUB;
            case STAR -> Operator.MUL;
            case SLASH -> Operator.DIV;
            case PERCENT -> Operator.MOD;
            default -> null;
        };
    }

    private Expression unary() {
        TokenKind kind = cursor.peekKind();
        if (kind != TokenKind.MINUS && kind != TokenKind.BANG) {
            return traversals(term());
        }
        if (depth >= MAX_DEPTH) {
            return tooDeep();
        }
        depth++;
        try {
            int op = cursor.next();
            Expression operand = unary();
            return new Expression.Unary(kind == TokenKind.MINUS ? Operator.NEG : Operator.NOT, operand,
                    tokens.range(op).to(operand.range()));
        } finally {
            depth--;
        }
    }

    private Expression term() {
        int token = cursor.peek();
        switch (tokens.kind(token)) {
            case NUMBER -> {
                cursor.next();
                return new Expression.NumberLiteral(number(token), tokens.range(token));
            }
            case IDENT -> {
                return identifierTerm();
            }
            case OQUOTE -> {
                return templates.quoted();
            }
            case OHEREDOC -> {
                return templates.heredoc();
            }
            case LPAREN -> {
                return parens();
            }
            case LBRACK -> {
                return collections.tupleOrFor();
            }
            case LBRACE -> {
                return collections.objectOrFor();
            }
            case INVALID -> {
                // the lexer has reported it
                cursor.next();
                return new Expression.Invalid(tokens.range(token));
            }
            default -> {
                ctx.report(token, "expected an expression, found " + ctx.describe(token));
                return new Expression.Invalid(missingHere());
            }
        }
    }

    private BigDecimal number(int token) {
        int start = tokens.start(token);
        int end = tokens.end(token);
        String text = tokens.text();
        if (end - start <= 18) {
            long value = 0;
            boolean plain = true;
            for (int i = start; i < end; i++) {
                char ch = text.charAt(i);
                if (ch < '0' || ch > '9') {
                    plain = false;
                    break;
                }
                value = value * 10 + (ch - '0');
            }
            if (plain) {
                return BigDecimal.valueOf(value);
            }
        }
        return new BigDecimal(text.substring(start, end));
    }

    private Expression identifierTerm() {
        int token = cursor.next();
        if (cursor.at(TokenKind.LPAREN)) {
            return functionCall(token);
        }
        if (ctx.textIs(token, "true")) {
            return new Expression.BoolLiteral(true, tokens.range(token));
        }
        if (ctx.textIs(token, "false")) {
            return new Expression.BoolLiteral(false, tokens.range(token));
        }
        if (ctx.textIs(token, "null")) {
            return new Expression.NullLiteral(tokens.range(token));
        }
        if (isNamespaced(token)) {
            ctx.report(token, "the namespaced name \"" + tokens.text(token) + "\" can only be used to call a function");
        }
        return new Expression.Variable(ctx.name(token), tokens.range(token));
    }

    /** The lexer reads {@code a::b} as one identifier; only a function call may be named so. */
    private boolean isNamespaced(int token) {
        String text = tokens.text();
        for (int i = tokens.start(token), end = tokens.end(token); i < end; i++) {
            if (text.charAt(i) == ':') {
                return true;
            }
        }
        return false;
    }

    private Expression functionCall(int nameToken) {
        int open = cursor.next();
        boolean previous = cursor.ignoreNewlines(true);
        try {
            String name = ctx.name(nameToken);
            List<Expression> args = new ArrayList<>();
            boolean expandFinal = false;
            while (!cursor.at(TokenKind.RPAREN) && !cursor.atEof()) {
                if (expandFinal) {
                    ctx.report(cursor.peek(), "'...' may only follow the last argument of " + name + "()");
                }
                args.add(parse());
                if (cursor.accept(TokenKind.ELLIPSIS) >= 0) {
                    expandFinal = true;
                }
                if (cursor.accept(TokenKind.COMMA) < 0) {
                    break;
                }
            }
            int close = expectClose(TokenKind.RPAREN, open,
                    "expected ',' or ')' in the arguments of " + name + "(), found ");
            return new Expression.FunctionCall(name, tokens.range(nameToken), FrozenLists.of(args),
                    expandFinal, tokens.range(nameToken, close));
        } finally {
            cursor.ignoreNewlines(previous);
        }
    }

    private Expression parens() {
        int open = cursor.next();
        boolean previous = cursor.ignoreNewlines(true);
        try {
            Expression inner = parse();
            int close = expectClose(TokenKind.RPAREN, open, "expected ')' to close the '(', found ");
            return new Expression.Parens(inner, tokens.range(open, close));
        } finally {
            cursor.ignoreNewlines(previous);
        }
    }

    /** The name of the next identifier, consumed; null (after reporting) when there is none. */
    String expectName(String message) {
        if (cursor.at(TokenKind.IDENT)) {
            return ctx.name(cursor.next());
        }
        ctx.report(cursor.peek(), message + ", found " + ctx.describe(cursor.peek()));
        return null;
    }

    /**
     * Consumes the closing token of a bracketed construct. When something else comes first it is reported and
     * skipped up to the matching closer; when there is none, the construct ends at the last token read.
     */
    int expectClose(TokenKind closeKind, int open, String messagePrefix) {
        int close = cursor.accept(closeKind);
        if (close >= 0) {
            return close;
        }
        int unexpected = cursor.peek();
        if (tokens.kind(unexpected) == TokenKind.EOF) {
            ctx.report(unexpected, "unclosed '" + tokens.text(open) + "' opened at line " + tokens.line(open)
                    + ", column " + tokens.column(open));
        } else {
            ctx.report(unexpected, messagePrefix + ctx.describe(unexpected));
        }
        close = ctx.skipUntil(closeKind, false);
        return close >= 0 ? close : Math.max(open, cursor.lastConsumed());
    }

    /**
     * Where a missing expression is placed: right after the last token read, before any trivia, so that it stays
     * inside the construct that contains it even when that construct is cut short.
     */
    private Range missingHere() {
        int last = cursor.lastConsumed();
        return last >= 0 ? tokens.emptyRangeAt(last + 1) : tokens.emptyRangeAt(cursor.peek());
    }

    // -------------------------------------------------------------------------------------------------------
    // traversals

    private Expression traversals(Expression target) {
        Expression result = target;
        while (true) {
            if (cursor.at(TokenKind.DOT)) {
                TokenKind after = cursor.peekKindAfter();
                if (after == TokenKind.STAR) {
                    result = attributeSplat(result);
                    continue;
                }
                Expression step = attributeOrLegacyIndex(result);
                if (step == null) {
                    return result;
                }
                result = step;
            } else if (cursor.at(TokenKind.LBRACK)) {
                if (cursor.peekKindAfter() == TokenKind.STAR) {
                    return fullSplat(result);
                }
                result = index(result);
            } else {
                return result;
            }
        }
    }

    /** {@code .name} or the legacy {@code .0}; null (after reporting) when the dot leads nowhere. */
    private Expression attributeOrLegacyIndex(Expression target) {
        int dot = cursor.next();
        int token = cursor.peek();
        TokenKind kind = tokens.kind(token);
        if (kind == TokenKind.IDENT) {
            cursor.next();
            return new Expression.GetAttr(target, ctx.name(token), target.range().to(tokens.range(token)));
        }
        if (kind == TokenKind.NUMBER) {
            cursor.next();
            Expression key = new Expression.NumberLiteral(number(token), tokens.range(token));
            return new Expression.Index(target, key, target.range().to(tokens.range(token)));
        }
        ctx.report(dot, "expected an attribute name after '.', found " + ctx.describe(token));
        return null;
    }

    private Expression index(Expression target) {
        int open = cursor.next();
        boolean previous = cursor.ignoreNewlines(true);
        try {
            Expression key = parse();
            int close = expectClose(TokenKind.RBRACK, open, "expected ']' to close the index, found ");
            return new Expression.Index(target, key, target.range().to(tokens.range(close)));
        } finally {
            cursor.ignoreNewlines(previous);
        }
    }

    /** {@code source[*]...}: every later traversal step, splats and indexes included, applies to each element. */
    private Expression fullSplat(Expression source) {
        int open = cursor.next();
        cursor.next(); // *
        int close = expectClose(TokenKind.RBRACK, open, "expected ']' after '[*', found ");
        Expression each = traversals(new Expression.SplatItem(tokens.range(open, close)));
        return new Expression.Splat(source, each, true, source.range().to(each.range()));
    }

    /** {@code source.*.a.b}: only attribute steps apply to each element; an index applies to the result. */
    private Expression attributeSplat(Expression source) {
        int dot = cursor.next();
        int star = cursor.next();
        Expression each = new Expression.SplatItem(tokens.range(dot, star));
        while (cursor.at(TokenKind.DOT) && cursor.peekKindAfter() == TokenKind.IDENT) {
            cursor.next();
            int name = cursor.next();
            each = new Expression.GetAttr(each, ctx.name(name), each.range().to(tokens.range(name)));
        }
        return new Expression.Splat(source, each, false, source.range().to(each.range()));
    }
}
