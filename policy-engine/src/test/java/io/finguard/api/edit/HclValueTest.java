package io.finguard.api.edit;

import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Expression;
import io.finguard.hcl.ExpressionResult;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.SourceFile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Literals render as hclwrite writes them, and read back as the same value. */
class HclValueTest {

    @Test
    void stringsAreEscapedAsHclRequires() {
        String tricky = "a\"b\\c ${x} %{if y} $5 100% \n\r\t\u0001 é 😀";
        String written = HclValue.string(tricky).text();
        assertEquals("\"a\\\"b\\\\c $${x} %%{if y} $5 100% \\n\\r\\t\\u0001 é 😀\"", written);
        Expression.Template parsed = (Expression.Template) parse(written);
        assertEquals(tricky, parsed.literalValue(), "reads back as the same string, not as a template");
    }

    @Test
    void scalars() {
        assertEquals("30", HclValue.of(30).text());
        assertEquals("1.5", HclValue.of(1.50).text());
        assertEquals("1000", HclValue.of(new BigDecimal("1E+3")).text());
        assertEquals("0", HclValue.of(new BigDecimal("0.000")).text());
        assertEquals("true", HclValue.of(true).text());
        assertEquals("null", HclValue.of(null).text());
        assertEquals("\"\"", HclValue.of("").text());
        assertThrows(IllegalArgumentException.class, () -> HclValue.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> HclValue.of(new Object()));
    }

    @Test
    void listsAreOneLineUnlessAnElementIsNot() {
        assertEquals("[\"a\", 1, true]", HclValue.of(List.of("a", 1, true)).text());
        assertEquals("[]", HclValue.of(List.of()).text());
        assertEquals("[\n  {\n    a = 1\n  },\n]", HclValue.of(List.of(Map.of("a", 1))).text());
        assertEquals("[null, var.x]", HclValue.of(Arrays.asList(null, HclValue.raw("var.x"))).text());
    }

    @Test
    void mapsAreOneEntryALineWithKeysQuotedWhenNeeded() {
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("Team", "data");
        tags.put("kubernetes.io/role", "ml");
        tags.put("for", "x");
        tags.put("Nested", Map.of("a", List.of(1)));
        String written = HclValue.of(tags).text();
        assertEquals("""
                {
                  Team = "data"
                  "kubernetes.io/role" = "ml"
                  "for" = "x"
                  Nested = {
                    a = [1]
                  }
                }""", written);
        assertTrue(parse(written) instanceof Expression.ObjectCons);
        assertEquals("{}", HclValue.of(Map.of()).text());
    }

    @Test
    void identifiers() {
        assertTrue(HclValue.isIdentifier("retention_in_days"));
        assertTrue(HclValue.isIdentifier("_x-1"));
        assertTrue(HclValue.isIdentifier("é"));
        assertFalse(HclValue.isIdentifier("1x"));
        assertFalse(HclValue.isIdentifier("a.b"));
        assertFalse(HclValue.isIdentifier("a b"));
        assertFalse(HclValue.isIdentifier(""));
        assertEquals("\"null\"", HclValue.key("null"));
        assertEquals("Team", HclValue.key("Team"));
    }

    @Test
    void aCopiedExpressionIsRelativeToItsFirstLineInTwoSpacesALevel() {
        ConfigFile file = HclParser.parse(new SourceFile("main.tf", """
                resource "aws_lambda_function" "f" {
                    tags = merge(var.tags, {
                        Function = "f" # which one
                        Nested   = {

                            a = 1
                        }
                    })
                    role = aws_iam_role.r.arn
                }
                """.replace("\n", "\r\n")));
        assertEquals("""
                merge(var.tags, {
                  Function = "f" # which one
                  Nested   = {

                    a = 1
                  }
                })""", HclValue.copyOf(file, attribute(file, "tags")).text());
        assertEquals("aws_iam_role.r.arn", HclValue.copyOf(file, attribute(file, "role")).text());
    }

    @Test
    void anExpressionWithAHeredocIsNotCopied() {
        ConfigFile file = HclParser.parse(new SourceFile("main.tf", """
                resource "aws_lambda_function" "f" {
                  tags = merge(var.tags, {
                    Notes = <<EOT
                  kept as written
                EOT
                  })
                }
                """));
        assertFalse(HclValue.copyable(attribute(file, "tags")));
        assertThrows(IllegalArgumentException.class, () -> HclValue.copyOf(file, attribute(file, "tags")));
    }

    private static Expression attribute(ConfigFile file, String name) {
        return file.body().blocks().get(0).body().attribute(name).value();
    }

    @Test
    void blankTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HclValue.raw(" "));
    }

    private static Expression parse(String text) {
        ExpressionResult r = HclParser.parseExpression(new SourceFile("value", text));
        assertEquals(List.of(), r.diagnostics());
        return r.expression();
    }
}
