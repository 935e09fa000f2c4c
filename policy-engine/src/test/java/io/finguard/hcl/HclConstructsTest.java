package io.finguard.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each construct of the native syntax parses to the expected tree, with exact ranges. */
class HclConstructsTest {

    static ConfigFile parseValid(String text) {
        ConfigFile file = HclParser.parse(new SourceFile("test.tf", text));
        assertEquals(List.of(), file.diagnostics(), "no problems in:\n" + text);
        TreeInvariants.assertLossless(file);
        TreeInvariants.assertRangesSound(file);
        return file;
    }

    static Expression value(String expression) {
        return parseValid("x = " + expression + "\n").body().attribute("x").value();
    }

    static String shape(String expression) {
        return Shapes.of(value(expression));
    }

    static String text(ConfigFile file, Node node) {
        return file.source().slice(node.range());
    }

    static void assertRange(Range range, int startLine, int startColumn, int endLine, int endColumn) {
        assertEquals(List.of(startLine, startColumn, endLine, endColumn),
                List.of(range.startLine(), range.startColumn(), range.endLine(), range.endColumn()), range.toString());
    }

    @Nested
    class Bodies {

        @Test
        void attributeRangesExcludeTriviaAndNewline() {
            ConfigFile file = parseValid("  name   =   \"value\"   # comment\n");
            Attribute attribute = file.body().attribute("name");
            assertEquals("name", text(file, attribute).substring(0, 4));
            assertEquals("name   =   \"value\"", text(file, attribute));
            assertEquals("name", file.source().slice(attribute.nameRange()));
            assertEquals("\"value\"", text(file, attribute.value()));
            assertRange(attribute.range(), 1, 3, 1, 21);
        }

        @Test
        void blockWithQuotedAndBareLabels() {
            ConfigFile file = parseValid("resource \"aws_s3_bucket\" logs {\n  bucket = \"b\"\n}\n");
            Block block = file.body().blocks("resource").get(0);
            assertEquals(List.of("aws_s3_bucket", "logs"), block.labelValues());
            assertTrue(block.labels().get(0).quoted());
            assertFalse(block.labels().get(1).quoted());
            assertEquals("\"aws_s3_bucket\"", text(file, block.labels().get(0)));
            assertEquals("resource \"aws_s3_bucket\" logs {", file.source().slice(block.headerRange()));
            assertEquals("{", file.source().slice(block.openBrace()));
            assertEquals("}", file.source().slice(block.closeBrace()));
            assertEquals("\n  bucket = \"b\"\n", text(file, block.body()));
            assertRange(block.range(), 1, 1, 3, 2);
            assertRange(block.body().attribute("bucket").range(), 2, 3, 2, 15);
        }

        @Test
        void quotedLabelsHaveEscapesResolved() {
            ConfigFile file = parseValid("a \"x\\\"y\\u00e9\" {}\n");
            assertEquals("x\"y\u00e9", file.body().blocks().get(0).labelValues().get(0));
        }

        @Test
        void oneLineAndEmptyBlocks() {
            ConfigFile file = parseValid("a { b = 1 }\nc {}\nd \"l\" { e { f = true } }\n");
            Block a = file.body().blocks("a").get(0);
            assertEquals("1", text(file, a.body().attribute("b").value()));
            assertEquals(" b = 1 ", text(file, a.body()));
            Block c = file.body().blocks("c").get(0);
            assertEquals(List.of(), c.body().items());
            assertEquals(0, c.body().range().length());
            Block e = file.body().blocks("d").get(0).body().blocks("e").get(0);
            assertInstanceOf(Expression.BoolLiteral.class, e.body().attribute("f").value());
        }

        @Test
        void nestedBlocksKeepSourceOrder() {
            ConfigFile file = parseValid("r {\n  a = 1\n  b {}\n  c = 2\n  b {}\n}\n");
            List<BodyItem> items = file.body().blocks().get(0).body().items();
            assertEquals(List.of("Attribute", "Block", "Attribute", "Block"),
                    items.stream().map(i -> i.getClass().getSimpleName()).toList());
            assertEquals(2, file.body().blocks().get(0).body().blocks("b").size());
        }

        @Test
        void rootBodyCoversTheWholeFile() {
            ConfigFile file = parseValid("\uFEFF# c\r\na = 1\r\n");
            assertEquals(0, file.body().range().start());
            assertEquals(file.source().text().length(), file.body().range().end());
            assertRange(file.body().attribute("a").range(), 2, 1, 2, 6);
        }

        @Test
        void emptyFileAndOnlyTrivia() {
            assertEquals(List.of(), parseValid("").body().items());
            assertEquals(List.of(), parseValid("\n  # nothing\n/* at all */\n").body().items());
        }

        @Test
        void lastAttributeWithoutTrailingNewline() {
            ConfigFile file = parseValid("a = 1\nb = \"two\"");
            assertEquals("\"two\"", text(file, file.body().attribute("b").value()));
            ConfigFile heredoc = parseValid("h = <<EOT\nx\n  EOT");
            assertEquals("(heredoc EOT \"x\\n\")", Shapes.of(heredoc.body().attribute("h").value()));
        }
    }

    @Nested
    class Literals {

        @ParameterizedTest
        @CsvSource({"42, 42", "1.5, 1.5", "1e3, 1E+3", "2.5E-3, 0.0025", "0, 0", "007, 7",
                "12345678901234567890, 12345678901234567890"})
        void numbers(String source, String expected) {
            Expression.NumberLiteral number = assertInstanceOf(Expression.NumberLiteral.class, value(source));
            assertEquals(0, new BigDecimal(expected).compareTo(number.value()), number.value().toString());
        }

        @Test
        void negativeNumberIsUnaryMinus() {
            assertEquals("(neg 1)", shape("-1"));
            assertEquals("(neg 2.5)", shape("-2.5"));
            Expression.Unary unary = (Expression.Unary) value("-1");
            assertRange(unary.range(), 1, 5, 1, 7);
        }

        @Test
        void boolsAndNull() {
            assertEquals("[true false null]", shape("[true, false, null]"));
        }
    }

    @Nested
    class Templates {

        @Test
        void plainStringIsOneLiteral() {
            Expression.Template t = (Expression.Template) value("\"hello\"");
            assertEquals("hello", t.literalValue());
            assertNull(t.heredoc());
            assertRange(t.parts().get(0).range(), 1, 6, 1, 11);
            assertEquals(List.of(), ((Expression.Template) value("\"\"")).parts());
            assertEquals("", ((Expression.Template) value("\"\"")).literalValue());
        }

        @Test
        void interpolation() {
            ConfigFile file = parseValid("x = \"a-${var.b}-c\"\n");
            Expression.Template t = (Expression.Template) file.body().attribute("x").value();
            assertEquals("(tpl \"a-\" ${(. var b)} \"-c\")", Shapes.of(t));
            assertEquals("${var.b}", text(file, t.parts().get(1)));
            assertEquals("var.b", text(file, ((TemplatePart.Interpolation) t.parts().get(1)).expression()));
        }

        @Test
        void escapes() {
            assertEquals("\"a\\nb\\tc\\rd\"e\\\\f\"", shape("\"a\\nb\\tc\\rd\\\"e\\\\f\""));
            assertEquals("\u00e9\uD83D\uDE80",
                    ((Expression.Template) value("\"\\u00e9\\U0001F680\"")).literalValue());
            assertEquals("${a} %{b}", ((Expression.Template) value("\"$${a} %%{b}\"")).literalValue());
            assertEquals("$ % $$ %x", ((Expression.Template) value("\"$ % $$ %x\"")).literalValue());
        }

        @Test
        void ifElseDirective() {
            assertEquals("(tpl \"n-\" (if (. var ha) then \"ha\" else \"single\"))",
                    shape("\"n-%{ if var.ha }ha%{ else }single%{ endif }\""));
            ConfigFile file = parseValid("x = \"%{if a}b%{endif}\"\n");
            TemplatePart part = ((Expression.Template) file.body().attribute("x").value()).parts().get(0);
            assertEquals("%{if a}b%{endif}", text(file, part));
        }

        @Test
        void forDirective() {
            assertEquals("(tpl (for k,v m do ${k} \"=\" ${v} \";\"))",
                    shape("\"%{for k, v in m}${k}=${v};%{endfor}\""));
        }

        @Test
        void nestedDirectives() {
            assertEquals("(tpl (for x xs do (if (== x 1) then \"one\" else ${x})))",
                    shape("\"%{for x in xs}%{if x == 1}one%{else}${x}%{endif}%{endfor}\""));
        }

        @Test
        void stripMarkersTrimAdjacentLiteralsButKeepTheirRanges() {
            ConfigFile file = parseValid("x = \"a   ${~ b ~}   c\"\n");
            Expression.Template t = (Expression.Template) file.body().attribute("x").value();
            assertEquals("(tpl \"a\" ${b} \"c\")", Shapes.of(t));
            assertEquals("a   ", text(file, t.parts().get(0)));
            assertEquals("   c", text(file, t.parts().get(2)));
            TemplatePart.Interpolation interpolation = (TemplatePart.Interpolation) t.parts().get(1);
            assertTrue(interpolation.stripLeft());
            assertTrue(interpolation.stripRight());
        }

        @Test
        void stripMarkersOnDirectives() {
            Expression.Template t = (Expression.Template) value("<<EOT\n%{ for x in xs ~}\n  ${x}\n%{ endfor ~}\nEOT");
            assertEquals("(heredoc EOT (for x xs do \"\" ${x} \"\\n\") \"\")", Shapes.of(t));
            TemplatePart.For loop = (TemplatePart.For) t.parts().get(0);
            assertFalse(loop.stripLeft());
            assertTrue(loop.stripRight());
        }

        @Test
        void heredoc() {
            ConfigFile file = parseValid("x = <<EOT\nhello ${name}\n  world\nEOT\ny = 1\n");
            Expression.Template t = (Expression.Template) file.body().attribute("x").value();
            assertEquals(new Expression.Heredoc("EOT", false), t.heredoc());
            assertEquals("(heredoc EOT \"hello \" ${name} \"\\n  world\\n\")", Shapes.of(t));
            assertRange(t.range(), 1, 5, 4, 4);
            assertEquals("1", text(file, file.body().attribute("y").value()));
        }

        @Test
        void indentedHeredocStripsCommonIndentation() {
            String source = "x = <<-EOT\n    a\n      b\n\n    c ${d}\n  EOT\n";
            assertEquals("(heredoc- EOT \"a\\n  b\\n\\nc \" ${d} \"\\n\")", Shapes.of(value(source.substring(4))));
        }

        @Test
        void indentedHeredocKeepsBlankLinesAndStopsAtInterpolationAtLineStart() {
            assertEquals("(heredoc- EOT \"  a\\n   \\n\" ${b} \"\\n\")",
                    Shapes.of(value("<<-EOT\n  a\n   \n${b}\nEOT")));
        }

        @Test
        void heredocEscapesAndBackslashes() {
            assertEquals("(heredoc EOT \"a\\\\nb ${c}\\n\")", Shapes.of(value("<<EOT\na\\nb $${c}\nEOT")));
        }

        @Test
        void heredocWithCrlfAndIndentedClosingMarker() {
            ConfigFile file = parseValid("x = <<-EOT\r\n  a\r\n  EOT\r\ny = 2\r\n");
            Expression.Template t = (Expression.Template) file.body().attribute("x").value();
            assertEquals("(heredoc- EOT \"a\\r\\n\")", Shapes.of(t));
            assertEquals(2, file.body().items().size());
        }

        @Test
        void heredocMarkerTextInsideALineDoesNotEndIt() {
            assertEquals("(heredoc EOT \"say EOT\\n EOTX\\n\")", Shapes.of(value("<<EOT\nsay EOT\n EOTX\nEOT")));
        }

        @Test
        void heredocAsAFunctionArgument() {
            assertEquals("(call upper (heredoc- EOT \"a\\n\"))", shape("upper(<<-EOT\n  a\n  EOT\n)"));
        }

        @Test
        void interpolationMaySpanLinesAndNestStrings() {
            assertEquals("(tpl \"a\" ${(call f \"b\" (tpl ${c} \"d\"))})", shape("\"a${f(\n\"b\",\n\"${c}d\")}\""));
        }
    }

    @Nested
    class Collections {

        @Test
        void tuples() {
            assertEquals("[1 \"a\" [true]]", shape("[1, \"a\", [true]]"));
            assertEquals("[1 2]", shape("[\n  1,\n  2,\n]"));
            assertEquals("[]", shape("[]"));
        }

        @Test
        void objectsWithEqualsColonsCommasAndNewlines() {
            assertEquals("{a=1 \"b c\"=2 d=3 e=4}", shape("{ a = 1, \"b c\" : 2\n d = 3,\n\n e: 4 }"));
            assertEquals("{}", shape("{}"));
        }

        @Test
        void objectKeys() {
            Expression.ObjectCons o = (Expression.ObjectCons) value("{ name = 1, \"q\" = 2, (var.k) = 3, null = 4 }");
            assertInstanceOf(Expression.Variable.class, o.items().get(0).key());
            assertEquals("name", o.items().get(0).literalKey());
            assertEquals("q", o.items().get(1).literalKey());
            assertInstanceOf(Expression.Parens.class, o.items().get(2).key());
            assertNull(o.items().get(2).literalKey());
            assertEquals("null", o.items().get(3).literalKey());
        }

        @Test
        void objectItemRange() {
            ConfigFile file = parseValid("x = {\n  a = 1 # c\n}\n");
            Expression.ObjectCons o = (Expression.ObjectCons) file.body().attribute("x").value();
            assertEquals("a = 1", text(file, o.items().get(0)));
            assertRange(o.range(), 1, 5, 3, 2);
        }

        @Test
        void tupleForExpression() {
            assertEquals("(for v xs (call upper v))", shape("[for v in xs : upper(v)]"));
            assertEquals("(for k,v m k if (!= v null))", shape("[for k, v in m : k if v != null]"));
        }

        @Test
        void objectForExpressionWithGroupingAndCondition() {
            assertEquals("(for t ts (call split \".\" t) => t... if (call can t))",
                    shape("{ for t in ts : split(\".\", t) => t... if can(t) }"));
            Expression.For f = (Expression.For) value("{for k, v in m : k => v}");
            assertTrue(f.objectResult());
            assertFalse(f.grouping());
            assertEquals("k", f.keyVar());
        }

        @Test
        void forExpressionsSpanLines() {
            assertEquals("(for x xs (for y x y))", shape("[\n  for x in xs : [\n    for y in x : y\n  ]\n]"));
            assertEquals("(for k,v m k => v)", shape("{\n  for k, v in m :\n  k => v\n}"));
        }

        @Test
        void forIsAnOrdinaryNameElsewhere() {
            assertEquals("{for=1}", shape("{ for = 1 }"));
            assertEquals("[for]", shape("[for]"));
        }
    }

    @Nested
    class CallsAndTraversals {

        @Test
        void functionCalls() {
            ConfigFile file = parseValid("x = merge(a, {b = 1},)\n");
            Expression.FunctionCall call = (Expression.FunctionCall) file.body().attribute("x").value();
            assertEquals("(call merge a {b=1})", Shapes.of(call));
            assertEquals("merge", file.source().slice(call.nameRange()));
            assertEquals("merge(a, {b = 1},)", text(file, call));
            assertEquals("(call max (. var sizes) ...)", shape("max(var.sizes...)"));
            assertEquals("(call f)", shape("f()"));
            assertEquals("(call f 1 2)", shape("f(\n  1,\n  2\n)"));
        }

        @Test
        void namespacedFunctionNames() {
            assertEquals("(call provider::aws::arn_parse (. var arn))", shape("provider::aws::arn_parse(var.arn)"));
        }

        @Test
        void attributeAndIndexTraversals() {
            assertEquals("(. ([] (. aws_instance web) 0) id)", shape("aws_instance.web[0].id"));
            assertEquals("([] (. var m) \"k\")", shape("var.m[\"k\"]"));
            assertEquals("([] (. var m) (. local k))", shape("var.m[local.k]"));
        }

        @Test
        void legacyIndexes() {
            assertEquals("(. ([] (. aws_instance b) 0) ip)", shape("aws_instance.b.0.ip"));
            assertEquals("([] ([] (. var l) 0) 1)", shape("var.l.0.1"));
            Expression.Index index = (Expression.Index) ((Expression.GetAttr) value("a.0.b")).target();
            assertRange(index.key().range(), 1, 7, 1, 8);
        }

        @Test
        void fullSplatAppliesEveryLaterStepToEachElement() {
            assertEquals("(splat[*] (. a b) (. @ id))", shape("a.b[*].id"));
            assertEquals("(splat[*] a ([] (. @ tags) \"Name\"))", shape("a[*].tags[\"Name\"]"));
            assertEquals("(splat[*] a (splat[*] (. @ groups) (. @ name)))", shape("a[*].groups[*].name"));
            assertEquals("(splat[*] a @)", shape("a[*]"));
            ConfigFile file = parseValid("x = a.b[*].id\n");
            Expression.Splat splat = (Expression.Splat) file.body().attribute("x").value();
            assertEquals("a.b[*].id", text(file, splat));
            assertEquals("[*].id", text(file, splat.each()));
            assertEquals("[*]", text(file, ((Expression.GetAttr) splat.each()).target()));
        }

        @Test
        void attributeSplatStopsAtAnIndex() {
            assertEquals("([] (splat.* a (. (. @ b) c)) 0)", shape("a.*.b.c[0]"));
            ConfigFile file = parseValid("x = a.*.b\n");
            Expression.Splat splat = (Expression.Splat) file.body().attribute("x").value();
            assertFalse(splat.full());
            assertEquals(".*", text(file, ((Expression.GetAttr) splat.each()).target()));
        }

        @Test
        void traversalsOnCallsAndCollections() {
            assertEquals("([] (call values m) 0)", shape("values(m)[0]"));
            assertEquals("(splat[*] (call values m) (. @ bucket))", shape("values(m)[*].bucket"));
            assertEquals("(. (paren a) b)", shape("(a).b"));
            assertEquals("([] [1 2] 0)", shape("[1, 2][0]"));
        }
    }

    @Nested
    class Operators {

        @ParameterizedTest
        @CsvSource(delimiterString = " -> ", value = {
            "1 + 2 * 3 -> (+ 1 (* 2 3))",
            "1 * 2 + 3 -> (+ (* 1 2) 3)",
            "1 - 2 - 3 -> (- (- 1 2) 3)",
            "a || b && c -> (|| a (&& b c))",
            "a == b || c != d -> (|| (== a b) (!= c d))",
            "a < b == c >= d -> (== (< a b) (>= c d))",
            "a + b < c % d -> (< (+ a b) (% c d))",
            "!a && -b > 0 -> (&& (! a) (> (neg b) 0))",
            "- - a -> (neg (neg a))",
            "a ? b : c ? d : e -> (? a b (? c d e))",
            "a && b ? 1 + 2 : 3 -> (? (&& a b) (+ 1 2) 3)",
            "(a + b) * c -> (* (paren (+ a b)) c)",
            "a / b % c -> (% (/ a b) c)",
            "-a.b[0] -> (neg ([] (. a b) 0))",
        })
        void precedenceAndAssociativity(String source, String expected) {
            assertEquals(expected, shape(source));
        }

        @Test
        void conditionalSpanningLinesInParens() {
            assertEquals("(paren (? a \"on\" \"off\"))", shape("(\n  a\n  ? \"on\"\n  : \"off\"\n)"));
        }

        @Test
        void binaryRange() {
            ConfigFile file = parseValid("x = a  +  b # c\n");
            Expression.Binary binary = (Expression.Binary) file.body().attribute("x").value();
            assertEquals("a  +  b", text(file, binary));
        }
    }

    @Nested
    class StandaloneEntryPoints {

        @Test
        void parseExpressionIgnoresNewlinesAndSurroundingTrivia() {
            ExpressionResult result = HclParser.parseExpression(new SourceFile("--var", "  {\n a = [1,\n 2]\n}  \n"));
            assertEquals(List.of(), result.diagnostics());
            assertEquals("{a=[1 2]}", Shapes.of(result.expression()));
            TreeInvariants.assertExpressionRangesSound(result.expression(), "  {\n a = [1,\n 2]\n}  \n");
        }

        @Test
        void parseExpressionReportsTrailingTokens() {
            ExpressionResult result = HclParser.parseExpression(new SourceFile("--var", "1 2"));
            assertTrue(result.hasErrors());
            assertEquals(1, result.diagnostics().get(0).column() - 2);
        }

        @Test
        void parseTemplateReadsTheWholeFileWithoutBackslashEscapes() {
            String text = "Hello ${name}!\n%{ for x in xs ~}\n- ${x}\\n\n%{ endfor ~}\nbye $${literal}";
            ExpressionResult result = HclParser.parseTemplate(new SourceFile("t.tpl", text));
            assertEquals(List.of(), result.diagnostics());
            Expression.Template t = assertInstanceOf(Expression.Template.class, result.expression());
            assertEquals("\"Hello \" ${name} \"!\\n\" (for x xs do \"- \" ${x} \"\\\\n\\n\") \"bye ${literal}\"",
                    Shapes.parts(t.parts()));
            assertEquals(0, t.range().start());
            assertEquals(text.length(), t.range().end());
            TreeInvariants.assertExpressionRangesSound(t, text);
        }

        @Test
        void parseTemplateOfAnEmptyFile() {
            ExpressionResult result = HclParser.parseTemplate(new SourceFile("t.tpl", ""));
            assertEquals(List.of(), ((Expression.Template) result.expression()).parts());
            assertFalse(result.hasErrors());
        }
    }

    @Nested
    class Tokens {

        @Test
        void tokenKindsIncludingTrivia() {
            ConfigFile file = parseValid("\uFEFFa = \"x${y}\" // c\n");
            assertEquals(List.of(TokenKind.BOM, TokenKind.IDENT, TokenKind.WHITESPACE, TokenKind.EQUAL,
                    TokenKind.WHITESPACE, TokenKind.OQUOTE, TokenKind.TEMPLATE_LITERAL, TokenKind.TEMPLATE_INTERP,
                    TokenKind.IDENT, TokenKind.TEMPLATE_SEQ_END, TokenKind.CQUOTE, TokenKind.WHITESPACE,
                    TokenKind.COMMENT, TokenKind.NEWLINE, TokenKind.EOF),
                    file.tokens().stream().map(Token::kind).toList());
        }

        @Test
        void crlfIsOneNewlineToken() {
            ConfigFile file = parseValid("a = 1\r\nb = 2\r\n");
            long newlines = file.tokens().stream().filter(t -> t.kind() == TokenKind.NEWLINE).count();
            assertEquals(2, newlines);
            assertEquals(2, file.tokens().stream().filter(t -> t.kind() == TokenKind.NEWLINE)
                    .mapToInt(t -> t.range().length()).max().orElse(0));
        }

        @Test
        void heredocTokens() {
            ConfigFile file = parseValid("x = <<EOT\na\nEOT\n");
            assertEquals(List.of(TokenKind.IDENT, TokenKind.WHITESPACE, TokenKind.EQUAL, TokenKind.WHITESPACE,
                    TokenKind.OHEREDOC, TokenKind.TEMPLATE_LITERAL, TokenKind.CHEREDOC, TokenKind.NEWLINE,
                    TokenKind.EOF), file.tokens().stream().map(Token::kind).toList());
        }
    }
}
