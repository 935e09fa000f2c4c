package io.finguard.hcl;

import java.util.List;

/**
 * Entry point of the HCL2 native-syntax parser. Parsing never throws: problems are returned as diagnostics with
 * file, line and column, and the tree holds whatever could be recovered. Stateless and thread-safe.
 */
public final class HclParser {

    private HclParser() {
    }

    /** A configuration file ({@code .tf}, {@code .tfvars}): its body, every token and the problems found. */
    public static ConfigFile parse(SourceFile file) {
        return parse(file, null);
    }

    /**
     * The same, sharing equal names with the other files parsed with {@code names} (null: none), so that a load
     * keeps each name once whatever number of files use it.
     */
    public static ConfigFile parse(SourceFile file, NameTable names) {
        Diagnostics diagnostics = new Diagnostics(file.name());
        TokenStream tokens = null;
        // the file keeps compact copies of the tokens, so the working arrays serve the next file on this thread
        LexerScratch scratch = LexerScratch.take();
        try {
            tokens = Lexer.lexConfig(file.text(), diagnostics, scratch);
            ParseContext ctx = new ParseContext(tokens, diagnostics, names);
            Body body = new BodyParser(ctx, new ExpressionParser(ctx)).parseFile();
            return new ConfigFile(file, body, tokens.compact().asList(), diagnostics.toList());
        } catch (RuntimeException | StackOverflowError e) {
            // a parser bug must cost one file, not the scan: report it like a syntax error
            TokenStream fallback = tokens != null ? tokens : TokenStream.unlexed(file.text());
            Diagnostics failure = internalError(file, e);
            return new ConfigFile(file, new Body(List.of(), fallback.range(0, fallback.size() - 1)),
                    fallback.compact().asList(), failure.toList());
        } finally {
            scratch.release();
        }
    }

    /**
     * The tokens of a text in configuration syntax, trivia included, without building a tree: for tools that look
     * at lines and columns (the fix library's {@code =} alignment). Lexical problems are not reported.
     */
    public static TokenStream lex(SourceFile file) {
        return Lexer.lexConfig(file.text(), new Diagnostics(file.name()));
    }

    /** One expression, such as the value of {@code --var name=value}; newlines inside it are insignificant. */
    public static ExpressionResult parseExpression(SourceFile file) {
        Diagnostics diagnostics = new Diagnostics(file.name());
        try {
            TokenStream tokens = Lexer.lexConfig(file.text(), diagnostics);
            ParseContext ctx = new ParseContext(tokens, diagnostics);
            ctx.cursor.ignoreNewlines(true);
            Expression expression = new ExpressionParser(ctx).parse();
            if (!ctx.cursor.atEof()) {
                int extra = ctx.cursor.peek();
                ctx.report(extra, "unexpected " + ctx.describe(extra) + " after the expression");
            }
            return new ExpressionResult(expression, diagnostics.toList());
        } catch (RuntimeException | StackOverflowError e) {
            return failedExpression(file, e);
        }
    }

    /** A whole file read as a template body, as {@code templatefile()} does: the result is a Template. */
    public static ExpressionResult parseTemplate(SourceFile file) {
        Diagnostics diagnostics = new Diagnostics(file.name());
        try {
            TokenStream tokens = Lexer.lexTemplate(file.text(), diagnostics);
            ParseContext ctx = new ParseContext(tokens, diagnostics);
            Expression template = new ExpressionParser(ctx).templates().bare();
            return new ExpressionResult(template, diagnostics.toList());
        } catch (RuntimeException | StackOverflowError e) {
            return failedExpression(file, e);
        }
    }

    private static ExpressionResult failedExpression(SourceFile file, Throwable e) {
        TokenStream fallback = TokenStream.unlexed(file.text());
        return new ExpressionResult(new Expression.Invalid(fallback.range(0, fallback.size() - 1)),
                internalError(file, e).toList());
    }

    private static Diagnostics internalError(SourceFile file, Throwable e) {
        Diagnostics failure = new Diagnostics(file.name());
        failure.reportAlways(1, 1, "internal error while parsing (please report it): " + e);
        return failure;
    }
}
