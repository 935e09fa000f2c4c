package io.finguard.terraform.types;

import io.finguard.terraform.Value;
import io.finguard.terraform.eval.Evaluator;
import io.finguard.terraform.eval.Expressions;
import io.finguard.terraform.eval.Scope;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test helper: reads the case files of {@code src/test/resources/types/}, recorded from Terraform. */
final class CaseFiles {

    private CaseFiles() {
    }

    /** Stanzas separated by blank lines, each {@code field: text} per line, plus {@code line}: where it starts. */
    static List<Map<String, String>> stanzas(String resource) throws IOException {
        List<String> lines;
        try (InputStream in = CaseFiles.class.getResourceAsStream(resource)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<Map<String, String>> stanzas = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (line.isBlank()) {
                if (current.size() > 1) {
                    stanzas.add(current);
                }
                current = new LinkedHashMap<>();
            } else if (!line.startsWith("#")) {
                int colon = line.indexOf(": ");
                current.putIfAbsent("line", resource + ":" + (i + 1));
                current.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return stanzas;
    }

    /** type() prints {@code object({a: number})} and {@code dynamic}; the type syntax is {@code a = number}. */
    static TypeConstraint recordedType(String typeof) throws InvalidTypeException {
        Expressions e = Expressions.parse(typeof.replace(": ", " = ").replace("dynamic", "any"));
        return TypeConstraint.parse(e.expression(), e.source());
    }

    /** The value of an expression with no names in scope, as in a tfvars file; it must evaluate cleanly. */
    static Value evaluate(String text) {
        Expressions e = Expressions.parse(text);
        Evaluator evaluator = new Evaluator(Scope.EMPTY, e.source(), Path.of("."));
        Value value = evaluator.evaluate(e.expression());
        assertEquals(List.of(), evaluator.problems());
        return value;
    }
}
