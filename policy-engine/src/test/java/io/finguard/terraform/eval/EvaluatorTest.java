package io.finguard.terraform.eval;

import io.finguard.hcl.ExpressionResult;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.SourceFile;
import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Num;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.Str;
import io.finguard.terraform.Value.Unknown;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evaluator behaviour that a one-line case cannot show: problem ranges, heredocs, scopes, robustness. */
class EvaluatorTest {

    private static Evaluator evaluator(Expressions e) {
        return new Evaluator(TestScope.standard(), e.source(), Path.of("."));
    }

    private static Value eval(String text) {
        Expressions e = Expressions.parse(text);
        return evaluator(e).evaluate(e.expression());
    }

    @Test
    void aProblemPointsAtTheExpressionThatFailedAndTheOuterExpressionStaysQuiet() {
        Expressions e = Expressions.parse("upper(\"x-${local.obj.missing}\")");
        Evaluator evaluator = evaluator(e);

        Value value = evaluator.evaluate(e.expression());

        assertEquals(new Unknown("upper(\"x-${local.obj.missing}\")"), value);
        List<EvalProblem> problems = evaluator.problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("local.obj.missing", e.source().slice(problems.get(0).range()));
        assertEquals(1, problems.get(0).range().startLine());
    }

    @Test
    void aFunctionErrorIsReportedAtTheCallWithTheFunctionName() {
        Expressions e = Expressions.parse("[1, element([], 0)]");
        Evaluator evaluator = evaluator(e);

        Value value = evaluator.evaluate(e.expression());

        assertEquals("[1,{\"unknown\":\"element([], 0)\"}]", ValueJson.toString(value));
        EvalProblem problem = evaluator.problems().get(0);
        assertEquals("element([], 0)", e.source().slice(problem.range()));
        assertTrue(problem.message().startsWith("in element(): "), problem.message());
    }

    @Test
    void anUnimplementedFunctionIsUnknownWithoutAProblem() {
        Expressions e = Expressions.parse("formatdate(\"YYYY\", timestamp())");
        Evaluator evaluator = evaluator(e);

        assertEquals(new Unknown("formatdate(\"YYYY\", timestamp())"), evaluator.evaluate(e.expression()));
        assertEquals(List.of(), evaluator.problems());
    }

    @Test
    void tryDropsTheProblemsOfTheArgumentsItSkips() {
        Expressions e = Expressions.parse("[try(local.obj.missing, 1), local.obj.gone]");
        Evaluator evaluator = evaluator(e);

        evaluator.evaluate(e.expression());

        List<EvalProblem> problems = evaluator.problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("local.obj.gone", e.source().slice(problems.get(0).range()));
    }

    @Test
    void problemsAccumulateAcrossEvaluationsAndAreACopy() {
        Expressions one = Expressions.parse("[1 / 0, 2 % 0]");
        Evaluator evaluator = evaluator(one);
        evaluator.evaluate(((io.finguard.hcl.Expression.Tuple) one.expression()).elements().get(0));
        List<EvalProblem> first = evaluator.problems();
        evaluator.evaluate(one.expression());

        assertEquals(1, first.size());
        assertEquals(2, evaluator.problems().size());
    }

    @Test
    void aProblemRepeatedForEveryElementIsReportedOnce() {
        Expressions e = Expressions.parse("[for x in [1, 2, 3] : x.name]");
        Evaluator evaluator = evaluator(e);

        evaluator.evaluate(e.expression());

        assertEquals(1, evaluator.problems().size(), evaluator.problems()::toString);
    }

    @Test
    void tryStillSeesAnErrorAlreadyReported() {
        Expressions e = Expressions.parse("try(local.obj.missing, \"fallback\")");
        Evaluator evaluator = evaluator(e);
        io.finguard.hcl.Expression first = ((io.finguard.hcl.Expression.FunctionCall) e.expression()).args().get(0);
        evaluator.evaluate(first);

        Value value = evaluator.evaluate(e.expression());

        assertEquals(new Str("fallback"), value);
        assertEquals(1, evaluator.problems().size(), "the problem of the first evaluation stays");
    }

    @Test
    void heredocTemplatesInterpolateAndLoop() {
        String text = "<<-EOT\n"
                + "  name: ${var.name}\n"
                + "  items:\n"
                + "  %{~ for x in var.list ~}\n"
                + "    - ${x}\n"
                + "  %{~ endfor ~}\n"
                + "\n"
                + "  EOT";
        assertEquals(new Str("name: app\nitems:- a- b- c"), eval(text));
    }

    @Test
    void heredocWithoutStripMarkersKeepsItsLines() {
        assertEquals(new Str("a\nb\nc\n\n"), eval("<<EOT\n%{ for x in var.list }${x}\n%{ endfor }\nEOT"));
    }

    @Test
    void forVariablesShadowOuterNamesOnlyInsideTheExpression() {
        Scope scope = TestScope.standard().child(Map.of("x", new Str("outer")));
        Expressions e = Expressions.parse("[[for x in [1, 2] : x], x]");
        Value value = new Evaluator(scope, e.source(), Path.of(".")).evaluate(e.expression());

        assertEquals("[[1,2],\"outer\"]", ValueJson.toString(value));
    }

    @Test
    void childScopesShadowTheirParent() {
        Scope parent = Scope.of(Map.of("a", Num.of(1), "b", Num.of(2)));
        Scope child = parent.child("a", Num.of(10), "c", Num.of(3));

        assertEquals(Num.of(10), child.lookup("a"));
        assertEquals(Num.of(2), child.lookup("b"));
        assertEquals(Num.of(3), child.lookup("c"));
        assertEquals(null, child.lookup("d"));
        assertEquals(null, Scope.EMPTY.lookup("var"));
    }

    @Test
    void aLazyScopeIsConsultedByName() {
        Scope lazy = name -> name.equals("local") ? TestScope.object("x", new Str("lazy")) : null;
        Expressions e = Expressions.parse("local.x");

        assertEquals(new Str("lazy"), new Evaluator(lazy, e.source(), Path.of(".")).evaluate(e.expression()));
    }

    @Test
    void mergeOfTagsWithAnUnknownValueKeepsTheKeys() {
        Value value = eval("merge(var.tags, { Name = \"${var.unknown}-bucket\", Env = var.env })");

        Obj tags = (Obj) value;
        assertEquals(List.of("Team", "Name", "Env"), List.copyOf(tags.entries().keySet()));
        assertEquals(new Unknown("\"${var.unknown}-bucket\""), tags.get("Name"));
    }

    @Test
    void anInvalidExpressionIsUnknownWithoutAnEvaluationProblem() {
        SourceFile source = new SourceFile("bad.tf", "1 +");
        ExpressionResult parsed = HclParser.parseExpression(source);
        Evaluator evaluator = new Evaluator(TestScope.standard(), source, Path.of("."));

        Value value = evaluator.evaluate(parsed.expression());

        assertTrue(value.containsUnknown());
        assertEquals(List.of(), evaluator.problems());
    }

    @Test
    void deeplyNestedExpressionsDoNotEscape() {
        String text = "[".repeat(3000) + "]".repeat(3000);
        SourceFile source = new SourceFile("deep.tf", text);
        ExpressionResult parsed = HclParser.parseExpression(source);

        Value value = new Evaluator(Scope.EMPTY, source, Path.of(".")).evaluate(parsed.expression());

        assertNotNull(value);
    }

    /** Random mixtures of valid fragments must never make evaluate throw. */
    @Test
    void evaluateNeverThrows() {
        // no bare braces: "{ )" made the parser loop before its recovery fix (parser commit 42b44ba)
        String[] fragments = {"var.unknown", "var.list", "null", "1", "\"s\"", "[", "]", "(", ")", ",",
            "+", "/", "%", "==", "&&", "!", "?", ":", "for x in", "x", "[*]", ".a", "[0]", "merge(", "try(",
            "format(\"%d\",", "var.tags", "local.set", "\"${", "}\"", "...", "0", "-1", "jsondecode(", "if",
            "{a = 1}", "{for k, v in var.tags : k => v}", "[for x in var.list : x]"};
        Random random = new Random(42);
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int j = 0; j < n; j++) {
                text.append(fragments[random.nextInt(fragments.length)]).append(' ');
            }
            SourceFile source = new SourceFile("fuzz.tf", text.toString());
            ExpressionResult parsed = HclParser.parseExpression(source);
            Evaluator evaluator = new Evaluator(TestScope.standard(), source, Path.of("."));
            assertNotNull(evaluator.evaluate(parsed.expression()), text::toString);
            evaluator.problems().forEach(p -> assertTrue(!p.message().startsWith("internal error"),
                    () -> text + " -> " + p));
        }
    }
}
