package io.finguard.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * Tuples {@code [...]}, objects <code>{...}</code> and the for-expressions written with the same brackets. Inside
 * brackets newlines are insignificant, except that they separate object items.
 */
final class CollectionParser {

    private final ParseContext ctx;
    private final TokenCursor cursor;
    private final TokenStream tokens;
    private final ExpressionParser expressions;

    CollectionParser(ParseContext ctx, ExpressionParser expressions) {
        this.ctx = ctx;
        this.cursor = ctx.cursor;
        this.tokens = ctx.tokens;
        this.expressions = expressions;
    }

    Expression tupleOrFor() {
        int open = cursor.next();
        boolean previous = cursor.ignoreNewlines(true);
        try {
            if (atForKeyword()) {
                return forExpression(open, TokenKind.RBRACK);
            }
            List<Expression> elements = new ArrayList<>();
            while (!cursor.at(TokenKind.RBRACK) && !cursor.atEof()) {
                elements.add(expressions.parse());
                if (cursor.accept(TokenKind.COMMA) < 0) {
                    break;
                }
            }
            int close = expressions.expectClose(TokenKind.RBRACK, open, "expected ',' or ']' in the list, found ");
            return new Expression.Tuple(FrozenLists.of(elements), tokens.range(open, close));
        } finally {
            cursor.ignoreNewlines(previous);
        }
    }

    private boolean atForKeyword() {
        return ctx.atKeyword("for") && cursor.peekKindAfter() == TokenKind.IDENT;
    }

    Expression objectOrFor() {
        int open = cursor.next();
        boolean previous = cursor.ignoreNewlines(true);
        try {
            if (atForKeyword()) {
                return forExpression(open, TokenKind.RBRACE);
            }
            // newlines separate the items of an object
            cursor.ignoreNewlines(false);
            List<Expression.ObjectItem> items = new ArrayList<>();
            while (true) {
                cursor.skipNewlines();
                if (cursor.at(TokenKind.RBRACE) || cursor.atEof() || ParseContext.isCloser(cursor.peekKind())) {
                    break;
                }
                int before = cursor.mark();
                Expression.ObjectItem item = objectItem();
                if (item == null) {
                    skipToNextObjectItem();
                    if (cursor.mark() == before) {
                        break;
                    }
                    continue;
                }
                items.add(item);
                if (cursor.accept(TokenKind.COMMA) >= 0 || cursor.at(TokenKind.NEWLINE)
                        || cursor.at(TokenKind.RBRACE)) {
                    continue;
                }
                int unexpected = cursor.peek();
                if (ParseContext.isCloser(tokens.kind(unexpected)) || cursor.atEof()) {
                    break;
                }
                ctx.report(unexpected, "expected ',' or a newline after the object item, found "
                        + ctx.describe(unexpected));
                skipToNextObjectItem();
            }
            int close = expressions.expectClose(TokenKind.RBRACE, open, "expected '}' to close the object, found ");
            return new Expression.ObjectCons(FrozenLists.of(items), tokens.range(open, close));
        } finally {
            cursor.ignoreNewlines(previous);
        }
    }

    private Expression.ObjectItem objectItem() {
        Expression key;
        TokenKind after = cursor.peekKindAfter();
        if (cursor.at(TokenKind.IDENT) && (after == TokenKind.EQUAL || after == TokenKind.COLON)) {
            // a bare word key is the literal name, even a keyword like null
            int token = cursor.next();
            key = new Expression.Variable(ctx.name(token), tokens.range(token));
        } else {
            key = expressions.parse();
        }
        if (cursor.accept(TokenKind.EQUAL) < 0 && cursor.accept(TokenKind.COLON) < 0) {
            int unexpected = cursor.peek();
            ctx.report(unexpected, "expected '=' or ':' after the object key, found " + ctx.describe(unexpected));
            return null;
        }
        Expression value = expressions.parse();
        return new Expression.ObjectItem(key, value, key.range().to(value.range()));
    }

    private void skipToNextObjectItem() {
        int comma = ctx.skipUntil(TokenKind.COMMA, true);
        if (comma < 0 && cursor.at(TokenKind.NEWLINE)) {
            cursor.next();
        }
    }

    private Expression forExpression(int open, TokenKind closeKind) {
        cursor.next(); // for
        String first = expressions.expectName("expected a variable name after 'for'");
        String second = null;
        boolean namesRead = first != null;
        if (namesRead && cursor.accept(TokenKind.COMMA) >= 0) {
            second = expressions.expectName("expected a second variable name after ','");
            namesRead = second != null;
        }
        Expression collection = null;
        if (namesRead) {
            if (ctx.atKeyword("in")) {
                cursor.next();
                collection = expressions.parse();
            } else {
                ctx.report(cursor.peek(), "expected 'in' after the for-expression variables, found "
                        + ctx.describe(cursor.peek()));
            }
        }
        Expression keyExpr = null;
        Expression valueExpr = null;
        boolean grouping = false;
        Expression condition = null;
        if (collection != null) {
            if (cursor.accept(TokenKind.COLON) < 0) {
                ctx.report(cursor.peek(), "expected ':' after the collection of the for-expression, found "
                        + ctx.describe(cursor.peek()));
            } else if (closeKind == TokenKind.RBRACE) {
                keyExpr = expressions.parse();
                if (cursor.accept(TokenKind.FAT_ARROW) < 0) {
                    ctx.report(cursor.peek(), "expected '=>' between the key and the value of the for-expression, "
                            + "found " + ctx.describe(cursor.peek()));
                    keyExpr = null;
                } else {
                    valueExpr = expressions.parse();
                    grouping = cursor.accept(TokenKind.ELLIPSIS) >= 0;
                }
            } else {
                valueExpr = expressions.parse();
            }
            if (valueExpr != null && ctx.atKeyword("if")) {
                cursor.next();
                condition = expressions.parse();
            }
        }
        String closeText = closeKind == TokenKind.RBRACE ? "'}'" : "']'";
        int close = expressions.expectClose(closeKind, open,
                "expected " + closeText + " to close the for-expression, found ");
        Range range = tokens.range(open, close);
        if (valueExpr == null) {
            return new Expression.Invalid(range);
        }
        String keyVar = second == null ? null : first;
        String valueVar = second == null ? first : second;
        return new Expression.For(keyVar, valueVar, collection, keyExpr, valueExpr, condition, grouping, range);
    }
}
