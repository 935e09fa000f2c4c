package io.finguard.terraform.eval;

import io.finguard.hcl.Expression;
import io.finguard.hcl.ExpressionResult;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.SourceFile;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test helper (public for the tests of other packages): an expression parsed from text, with its source file. */
public record Expressions(SourceFile source, Expression expression) {

    public static Expressions parse(String text) {
        SourceFile source = new SourceFile("test.tf", text);
        ExpressionResult result = HclParser.parseExpression(source);
        assertEquals(List.of(), result.diagnostics(), "test expression must parse: " + text);
        return new Expressions(source, result.expression());
    }
}
