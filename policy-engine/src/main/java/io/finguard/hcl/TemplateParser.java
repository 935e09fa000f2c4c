package io.finguard.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * Quoted strings, heredocs and bare templates. The tokens between the delimiters are first read into a flat list
 * of pieces (literal text, interpolations, directive markers); the indented-heredoc rule and the strip markers are
 * applied on that list, and the {@code %{if}}/{@code %{for}} nesting is built last.
 */
final class TemplateParser {

    private final ParseContext ctx;
    private final TokenCursor cursor;
    private final TokenStream tokens;
    private final ExpressionParser expressions;

    TemplateParser(ParseContext ctx, ExpressionParser expressions) {
        this.ctx = ctx;
        this.cursor = ctx.cursor;
        this.tokens = ctx.tokens;
        this.expressions = expressions;
    }

    /** {@code "..."}: the cursor is at the opening quote. */
    Expression.Template quoted() {
        int open = cursor.next();
        Expression.Template plain = plainString(open);
        if (plain != null) {
            return plain;
        }
        boolean previous = cursor.ignoreNewlines(false);
        try {
            List<TemplatePiece> pieces = readPieces(true);
            int close = cursor.accept(TokenKind.CQUOTE);
            if (close < 0) {
                // the lexer always closes a string, so this is a stray token inside it
                ctx.report(cursor.peek(), "expected the end of the string, found " + ctx.describe(cursor.peek()));
                close = cursor.lastConsumed();
            }
            List<TemplatePart> parts = assemble(pieces);
            return new Expression.Template(parts, null, tokens.range(open, close));
        } finally {
            cursor.ignoreNewlines(previous);
        }
    }

    /**
     * Fast path for the most common value in Terraform, a string without interpolation: {@code ""} or
     * {@code "text"}, read without the piece list. Null when the string is anything more.
     */
    private Expression.Template plainString(int open) {
        int next = open + 1;
        TokenKind kind = tokens.kind(next);
        if (kind == TokenKind.CQUOTE) {
            cursor.next();
            return new Expression.Template(List.of(), null, tokens.range(open, next));
        }
        if (kind != TokenKind.TEMPLATE_LITERAL || tokens.kind(next + 1) != TokenKind.CQUOTE) {
            return null;
        }
        cursor.next();
        cursor.next();
        String value = TemplateLiterals.decodeQuoted(tokens, tokens.start(next), tokens.end(next), ctx);
        TemplatePart literal = new TemplatePart.Literal(value, tokens.range(next));
        return new Expression.Template(List.of(literal), null, tokens.range(open, next + 1));
    }

    /** {@code <<EOT ... EOT} or {@code <<-EOT}: the cursor is at the opening marker. */
    Expression.Template heredoc() {
        int open = cursor.next();
        boolean previous = cursor.ignoreNewlines(false);
        try {
            String opener = tokens.text(open).strip();
            boolean indented = opener.startsWith("<<-");
            String marker = opener.substring(indented ? 3 : 2);
            List<TemplatePiece> pieces = readPieces(false);
            int close = cursor.accept(TokenKind.CHEREDOC);
            if (close < 0) {
                ctx.report(cursor.peek(), "expected the closing marker " + marker + ", found "
                        + ctx.describe(cursor.peek()));
                close = cursor.lastConsumed();
            }
            if (indented) {
                flushIndentation(pieces);
            }
            List<TemplatePart> parts = assemble(pieces);
            return new Expression.Template(parts, new Expression.Heredoc(marker, indented), tokens.range(open, close));
        } finally {
            cursor.ignoreNewlines(previous);
        }
    }

    /** A whole file as a template: everything up to the end of the file. */
    Expression.Template bare() {
        boolean previous = cursor.ignoreNewlines(false);
        try {
            int first = cursor.peek();
            List<TemplatePiece> pieces = readPieces(false);
            int eof = cursor.peek();
            if (!cursor.atEof()) {
                ctx.report(eof, "unexpected " + ctx.describe(eof) + " in the template");
            }
            List<TemplatePart> parts = assemble(pieces);
            Range range = pieces.isEmpty() ? tokens.emptyRangeAt(first) : tokens.range(first, cursor.lastConsumed());
            return new Expression.Template(parts, null, range);
        } finally {
            cursor.ignoreNewlines(previous);
        }
    }

    // -------------------------------------------------------------------------------------------------------
    // reading the flat piece list

    private List<TemplatePiece> readPieces(boolean quotedEscapes) {
        List<TemplatePiece> pieces = new ArrayList<>();
        while (true) {
            int token = cursor.peek();
            switch (tokens.kind(token)) {
                case TEMPLATE_LITERAL -> {
                    cursor.next();
                    int start = tokens.start(token);
                    int end = tokens.end(token);
                    String value = quotedEscapes
                            ? TemplateLiterals.decodeQuoted(tokens, start, end, ctx)
                            : TemplateLiterals.decodeUnquoted(tokens.text(), start, end);
                    pieces.add(TemplatePiece.literal(value, token));
                }
                case TEMPLATE_INTERP -> pieces.add(interpolation());
                case TEMPLATE_CONTROL -> pieces.add(directive());
                default -> {
                    return pieces;
                }
            }
        }
    }

    private TemplatePiece interpolation() {
        int open = cursor.next();
        boolean previous = cursor.ignoreNewlines(true);
        try {
            Expression expression = expressions.parse();
            int close = closeSequence(open);
            TemplatePiece piece = new TemplatePiece(TemplatePiece.Kind.INTERPOLATION, open, close);
            piece.expression = expression;
            return withStripMarkers(piece, open, close);
        } finally {
            cursor.ignoreNewlines(previous);
        }
    }

    private TemplatePiece directive() {
        int open = cursor.next();
        boolean previous = cursor.ignoreNewlines(true);
        try {
            TemplatePiece piece = directiveBody(open);
            int close = closeSequence(open);
            piece.last = close;
            return withStripMarkers(piece, open, close);
        } finally {
            cursor.ignoreNewlines(previous);
        }
    }

    private TemplatePiece directiveBody(int open) {
        int keyword = cursor.peek();
        if (ctx.atKeyword("if")) {
            cursor.next();
            TemplatePiece piece = new TemplatePiece(TemplatePiece.Kind.IF, open, open);
            piece.expression = expressions.parse();
            return piece;
        }
        if (ctx.atKeyword("for")) {
            cursor.next();
            TemplatePiece piece = new TemplatePiece(TemplatePiece.Kind.FOR, open, open);
            String first = expressions.expectName("expected a variable name after 'for'");
            if (first == null) {
                return new TemplatePiece(TemplatePiece.Kind.BROKEN, open, open);
            }
            if (cursor.accept(TokenKind.COMMA) >= 0) {
                piece.keyVar = first;
                piece.valueVar = expressions.expectName("expected a second variable name after ','");
                if (piece.valueVar == null) {
                    return new TemplatePiece(TemplatePiece.Kind.BROKEN, open, open);
                }
            } else {
                piece.valueVar = first;
            }
            if (!ctx.atKeyword("in")) {
                ctx.report(cursor.peek(), "expected 'in' after the for variables, found "
                        + ctx.describe(cursor.peek()));
                return new TemplatePiece(TemplatePiece.Kind.BROKEN, open, open);
            }
            cursor.next();
            piece.expression = expressions.parse();
            return piece;
        }
        TemplatePiece.Kind kind = ctx.atKeyword("else") ? TemplatePiece.Kind.ELSE
                : ctx.atKeyword("endif") ? TemplatePiece.Kind.ENDIF
                : ctx.atKeyword("endfor") ? TemplatePiece.Kind.ENDFOR
                : null;
        if (kind == null) {
            ctx.report(keyword, "expected if, else, endif, for or endfor after '%{', found " + ctx.describe(keyword));
            return new TemplatePiece(TemplatePiece.Kind.BROKEN, open, open);
        }
        cursor.next();
        return new TemplatePiece(kind, open, open);
    }

    private int closeSequence(int open) {
        int close = cursor.accept(TokenKind.TEMPLATE_SEQ_END);
        if (close >= 0) {
            return close;
        }
        ctx.report(cursor.peek(), "expected '}' to close the '" + tokens.text(open).substring(0, 2) + "', found "
                + ctx.describe(cursor.peek()));
        close = ctx.skipUntil(TokenKind.TEMPLATE_SEQ_END, false);
        return close >= 0 ? close : cursor.lastConsumed();
    }

    /** <code>${~</code> is one token of 3 chars, <code>~}</code> one of 2: the lexer keeps the marker inside. */
    private TemplatePiece withStripMarkers(TemplatePiece piece, int open, int close) {
        piece.stripLeft = tokens.end(open) - tokens.start(open) == 3;
        piece.stripRight = tokens.kind(close) == TokenKind.TEMPLATE_SEQ_END
                && tokens.end(close) - tokens.start(close) == 2;
        return piece;
    }

    // -------------------------------------------------------------------------------------------------------
    // whitespace rules

    /**
     * {@code <<-EOT}: removes from every line the smallest indentation among the lines, as Terraform does. Lines
     * made only of whitespace do not count and are left as they are; a line starting with an interpolation has no
     * indentation. Counted in chars, so a tab is one.
     */
    private static void flushIndentation(List<TemplatePiece> pieces) {
        int min = Integer.MAX_VALUE;
        List<TemplatePiece> lineStarts = new ArrayList<>();
        boolean atLineStart = true;
        for (TemplatePiece piece : pieces) {
            if (atLineStart) {
                if (piece.kind == TemplatePiece.Kind.LITERAL) {
                    String value = piece.value;
                    int spaces = leadingSpaces(value);
                    if (!(spaces == value.length() - 1 && value.endsWith("\n")) && !(spaces == value.length()
                            && value.isEmpty())) {
                        min = Math.min(min, spaces);
                        lineStarts.add(piece);
                    }
                } else {
                    min = 0;
                }
            }
            atLineStart = piece.kind == TemplatePiece.Kind.LITERAL && piece.value.endsWith("\n");
        }
        if (min == 0 || min == Integer.MAX_VALUE) {
            return;
        }
        for (TemplatePiece piece : lineStarts) {
            piece.value = piece.value.substring(Math.min(min, piece.value.length()));
        }
    }

    private static int leadingSpaces(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) != '\n' && TemplateLiterals.isSpace(value.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Merges adjacent literals (heredoc lines) and applies {@code ~} strip markers to their neighbours. A run of
     * literals is joined in one builder: appending line by line copied the text so far for every line, which made
     * a heredoc of 100,000 lines (or an unterminated one that swallows the rest of a file) take a minute.
     */
    private static List<TemplatePiece> mergeAndStrip(List<TemplatePiece> pieces) {
        List<TemplatePiece> merged = new ArrayList<>(pieces.size());
        int start = 0;
        while (start < pieces.size()) {
            TemplatePiece piece = pieces.get(start);
            int end = start + 1;
            while (piece.kind == TemplatePiece.Kind.LITERAL && end < pieces.size()
                    && pieces.get(end).kind == TemplatePiece.Kind.LITERAL) {
                end++;
            }
            if (end - start > 1) {
                StringBuilder value = new StringBuilder();
                for (int k = start; k < end; k++) {
                    value.append(pieces.get(k).value);
                }
                piece.value = value.toString();
                piece.last = pieces.get(end - 1).last;
            }
            merged.add(piece);
            start = end;
        }
        for (int i = 0; i < merged.size(); i++) {
            TemplatePiece piece = merged.get(i);
            if (piece.kind == TemplatePiece.Kind.LITERAL) {
                continue;
            }
            if (piece.stripLeft && i > 0 && merged.get(i - 1).kind == TemplatePiece.Kind.LITERAL) {
                TemplatePiece before = merged.get(i - 1);
                before.value = TemplateLiterals.trimTrailing(before.value);
            }
            if (piece.stripRight && i + 1 < merged.size() && merged.get(i + 1).kind == TemplatePiece.Kind.LITERAL) {
                TemplatePiece after = merged.get(i + 1);
                after.value = TemplateLiterals.trimLeading(after.value);
            }
        }
        return merged;
    }

    // -------------------------------------------------------------------------------------------------------
    // nesting

    private List<TemplatePart> assemble(List<TemplatePiece> pieces) {
        List<TemplatePiece> merged = mergeAndStrip(pieces);
        TemplateNesting nesting = new TemplateNesting(ctx, merged);
        return nesting.parts();
    }
}
