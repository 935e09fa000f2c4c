package io.finguard.hcl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bodies: attributes and blocks, one per line. On an error the rest of the line is skipped (bracket-aware) and
 * reading resumes at the next line, so one mistake costs at most one item.
 */
final class BodyParser {

    /** Deeper block nesting is reported and skipped instead of risking a stack overflow. */
    private static final int MAX_BLOCK_DEPTH = 100;

    private final ParseContext ctx;
    private final TokenCursor cursor;
    private final TokenStream tokens;
    private final ExpressionParser expressions;
    private int blockDepth;

    BodyParser(ParseContext ctx, ExpressionParser expressions) {
        this.ctx = ctx;
        this.cursor = ctx.cursor;
        this.tokens = ctx.tokens;
        this.expressions = expressions;
    }

    /** The root body; its range is the whole file. */
    Body parseFile() {
        cursor.ignoreNewlines(false);
        List<BodyItem> items = parseItems(-1);
        return new Body(FrozenLists.of(items), tokens.range(0, tokens.size() - 1));
    }

    /** Items up to the end of the file, or up to (not including) the '}' closing the block opened at openBrace. */
    private List<BodyItem> parseItems(int openBrace) {
        List<BodyItem> items = new ArrayList<>();
        AttributeNames names = new AttributeNames();
        boolean inBlock = openBrace >= 0;
        while (true) {
            cursor.skipNewlines();
            int token = cursor.peek();
            switch (tokens.kind(token)) {
                case EOF -> {
                    if (inBlock) {
                        ctx.diagnostics.reportAlways(tokens.line(token), tokens.column(token),
                                "unclosed '{' opened at line " + tokens.line(openBrace) + ", column "
                                        + tokens.column(openBrace));
                    }
                    return items;
                }
                case RBRACE -> {
                    if (inBlock) {
                        return items;
                    }
                    ctx.report(token, "unexpected '}': there is no open block to close");
                    cursor.next();
                }
                case IDENT -> {
                    BodyItem item = parseItem(inBlock);
                    if (item != null) {
                        items.add(item);
                        if (item instanceof Attribute attribute) {
                            names.check(attribute);
                        }
                    }
                }
                case INVALID -> skipLineOrToken(); // the lexer has reported it
                default -> {
                    ctx.report(token, "expected an attribute or block name, found " + ctx.describe(token));
                    skipLineOrToken();
                }
            }
        }
    }

    private BodyItem parseItem(boolean inBlock) {
        int name = cursor.next();
        TokenKind kind = cursor.peekKind();
        if (kind == TokenKind.EQUAL) {
            cursor.next();
            Expression value = expressions.parse();
            Attribute attribute = new Attribute(ctx.name(name), tokens.range(name), value,
                    tokens.range(name).to(value.range()));
            endOfItem(inBlock, "after the value of \"" + attribute.name() + "\"");
            return attribute;
        }
        if (kind == TokenKind.OQUOTE || kind == TokenKind.IDENT || kind == TokenKind.LBRACE) {
            return block(name, inBlock);
        }
        int unexpected = cursor.peek();
        ctx.report(unexpected, "expected '=' or a block after the name \"" + tokens.text(name) + "\", found "
                + ctx.describe(unexpected));
        skipLine();
        return null;
    }

    private Block block(int type, boolean inBlock) {
        List<BlockLabel> labels = new ArrayList<>(2);
        while (true) {
            TokenKind kind = cursor.peekKind();
            if (kind == TokenKind.IDENT) {
                int label = cursor.next();
                labels.add(new BlockLabel(ctx.name(label), false, tokens.range(label)));
            } else if (kind == TokenKind.OQUOTE) {
                labels.add(quotedLabel());
            } else {
                break;
            }
        }
        int open = cursor.accept(TokenKind.LBRACE);
        if (open < 0) {
            int unexpected = cursor.peek();
            ctx.report(unexpected, "expected '{' to open the block \"" + tokens.text(type) + "\", found "
                    + ctx.describe(unexpected));
            skipLine();
            return null;
        }
        if (blockDepth >= MAX_BLOCK_DEPTH) {
            ctx.report(open, "blocks nested too deeply (more than " + MAX_BLOCK_DEPTH + " levels)");
            ctx.skipUntil(TokenKind.RBRACE, false);
            return null;
        }
        blockDepth++;
        List<BodyItem> items;
        try {
            items = parseItems(open);
        } finally {
            blockDepth--;
        }
        int close = cursor.accept(TokenKind.RBRACE);
        Range closeRange;
        Range bodyRange;
        int last;
        if (close >= 0) {
            closeRange = tokens.range(close);
            bodyRange = close == open + 1 ? tokens.emptyRangeAt(close) : tokens.range(open + 1, close - 1);
            last = close;
        } else {
            // unclosed (reported): the block runs to the end of the file
            int eof = cursor.peek();
            closeRange = tokens.emptyRangeAt(eof);
            last = eof;
            bodyRange = tokens.range(open + 1, eof);
        }
        Body body = new Body(FrozenLists.of(items), bodyRange);
        Block block = new Block(ctx.name(type), tokens.range(type), FrozenLists.of(labels), body,
                tokens.range(open), closeRange, tokens.range(type, last));
        if (close >= 0) {
            endOfItem(inBlock, "after the '}' closing the block \"" + block.type() + "\"");
        }
        return block;
    }

    private BlockLabel quotedLabel() {
        Expression.Template template = expressions.templates().quoted();
        String value = template.literalValue();
        if (value == null) {
            ctx.diagnostics.reportAt(tokens, template.range().start(),
                    "a block label must be a plain string, without ${...} or %{...}");
            value = ctx.tokens.text().substring(template.range().start() + 1,
                    Math.max(template.range().start() + 1, template.range().end() - 1));
        }
        return new BlockLabel(value, true, template.range());
    }

    /** An item ends with a newline, the end of the file, or (in a one-line block) the closing brace. */
    private void endOfItem(boolean inBlock, String where) {
        TokenKind kind = cursor.peekKind();
        if (kind == TokenKind.NEWLINE) {
            cursor.next();
        } else if (kind != TokenKind.EOF && !(inBlock && kind == TokenKind.RBRACE)) {
            int unexpected = cursor.peek();
            ctx.report(unexpected, "expected a newline " + where + ", found " + ctx.describe(unexpected));
            skipLine();
        }
    }

    private void skipLine() {
        ctx.skipUntil(TokenKind.NEWLINE, true);
    }

    /** Skips the rest of the line; a stray closer (')', ']') that the skip stops at is consumed too. */
    private void skipLineOrToken() {
        int before = cursor.mark();
        skipLine();
        if (cursor.mark() == before) {
            cursor.next();
        }
    }

    /** Finds duplicate attribute names; a linear scan for the usual small body, a map for large ones. */
    private final class AttributeNames {
        private final List<Attribute> seen = new ArrayList<>();
        private Map<String, Attribute> index;

        void check(Attribute attribute) {
            Attribute earlier = find(attribute.name());
            if (earlier != null) {
                ctx.diagnostics.reportAlways(attribute.nameRange().startLine(), attribute.nameRange().startColumn(),
                        "duplicate attribute \"" + attribute.name() + "\": it is already defined at line "
                                + earlier.nameRange().startLine());
                return;
            }
            seen.add(attribute);
            if (index != null) {
                index.put(attribute.name(), attribute);
            } else if (seen.size() > 16) {
                index = new HashMap<>();
                for (Attribute a : seen) {
                    index.put(a.name(), a);
                }
            }
        }

        private Attribute find(String name) {
            if (index != null) {
                return index.get(name);
            }
            for (Attribute a : seen) {
                if (a.name().equals(name)) {
                    return a;
                }
            }
            return null;
        }
    }
}
