package io.finguard.terraform.eval;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.SourceFile;
import io.finguard.terraform.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile configurations under {@code src/test/resources/eval/hostile/}: locals that would build strings or
 * collections too large for memory, or take hours. Their locals are evaluated in order, as a module's would be,
 * all with one {@link EvalBudget} (the default one unless the file says {@code # budget: N}); each must end with
 * exactly the problems its {@code # expect line N: text} comments name, and nothing may escape. How long they take
 * is not asserted (the machine decides that), but each is quick: a regression shows as a slow or failing test.
 */
class EvaluationBoundsTest {

    private static final Path DIR = Path.of(System.getProperty("basedir", "."))
            .resolve("src/test/resources/eval/hostile");
    private static final Pattern EXPECT = Pattern.compile("# expect line (\\d+): (.+)");
    private static final Pattern BUDGET = Pattern.compile("# budget: (\\d+)");

    static Stream<Path> hostileFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".tf")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void evaluationEndsWithTheLimitItReached(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        SourceFile source = new SourceFile(file.getFileName().toString(), text);
        ConfigFile config = HclParser.parse(source);
        assertEquals(List.of(), config.diagnostics());

        Matcher budgetLine = BUDGET.matcher(text);
        EvalBudget budget = budgetLine.find() ? new EvalBudget(Long.parseLong(budgetLine.group(1))) : new EvalBudget();
        List<String> problems = new ArrayList<>();
        Map<String, Value> locals = new LinkedHashMap<>();
        for (Attribute local : config.body().blocks("locals").get(0).body().attributes()) {
            Scope scope = Scope.of(Map.of("local", new Value.Obj(locals, Value.ObjKind.OBJECT)));
            Evaluator evaluator = new Evaluator(scope, source, Path.of("."), budget);
            locals.put(local.name(), evaluator.evaluate(local.value()));
            evaluator.problems().forEach(p -> problems.add("line " + p.range().startLine() + ": " + p.message()));
        }

        List<String> expected = new ArrayList<>();
        Matcher expect = EXPECT.matcher(text);
        while (expect.find()) {
            expected.add("line " + expect.group(1) + ": " + expect.group(2));
        }
        assertEquals(expected.size(), problems.size(), () -> "problems: " + problems);
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            String got = problems.get(i);
            assertTrue(got.startsWith(want), () -> "expected " + want + "\n but was " + got);
        }
    }
}
