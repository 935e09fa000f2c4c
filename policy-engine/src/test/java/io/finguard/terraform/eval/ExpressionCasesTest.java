package io.finguard.terraform.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.hcl.ExpressionResult;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.SourceFile;
import io.finguard.terraform.Value;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the case files under {@code src/test/resources/eval/}: each line parses an expression, evaluates it against
 * {@link TestScope#standard()} and compares the canonical JSON of the value (or the problem) with the expectation.
 */
class ExpressionCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** Numbers compare by value (1 equals 1.0); everything else as Jackson compares it. */
    private static final Comparator<JsonNode> NUMERIC = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    @TestFactory
    List<DynamicTest> functions() throws IOException {
        return cases("functions.cases");
    }

    @TestFactory
    List<DynamicTest> evaluator() throws IOException {
        return cases("evaluator.cases");
    }

    private List<DynamicTest> cases(String file) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/eval/" + file)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.lastIndexOf(" => ");
            if (arrow < 0) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": no ' => ' in " + line);
            }
            String expression = line.substring(0, arrow);
            String expected = line.substring(arrow + 4);
            tests.add(DynamicTest.dynamicTest(file + ":" + (i + 1) + " " + expression,
                    () -> check(expression, expected)));
        }
        return tests;
    }

    private static void check(String text, String expected) throws IOException {
        SourceFile source = new SourceFile("case.tf", text);
        ExpressionResult parsed = HclParser.parseExpression(source);
        assertEquals(List.of(), parsed.diagnostics(), "the case must parse");
        Evaluator evaluator = new Evaluator(TestScope.standard(), source, Path.of("."));
        Value value = evaluator.evaluate(parsed.expression());
        List<EvalProblem> problems = evaluator.problems();
        if (expected.startsWith("error: ")) {
            String wanted = expected.substring("error: ".length());
            // the failing expression is unknown; a container around it stays known with that element unknown
            assertTrue(value.containsUnknown(), "an error makes its expression unknown");
            assertFalse(problems.isEmpty(), "a problem is recorded");
            assertTrue(problems.stream().anyMatch(p -> p.message().contains(wanted)),
                    () -> "no problem mentions '" + wanted + "': " + problems);
            return;
        }
        if (!problems.isEmpty()) {
            fail("unexpected problems: " + problems + " (value " + ValueJson.toString(value) + ")");
        }
        if (expected.equals("unknown")) {
            assertEquals(new Value.Unknown(text), value);
            return;
        }
        JsonNode want = JSON.readTree(expected);
        JsonNode got = ValueJson.toJson(value);
        assertTrue(want.equals(NUMERIC, got), () -> "expected " + want + " but was " + ValueJson.toString(value));
    }
}
