package io.finguard.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.finguard.rego.value.ArrayValue;
import io.finguard.rego.value.Json;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs OPA's own conformance cases (copied under {@code opa-conformance/}) against the engine. Each case must pass
 * unless it is listed in {@code opa-conformance-known-failures.txt} with a reason; a listed case that passes fails
 * the test too, so the list only shrinks. Set {@code -Drego.conformance.report=FILE} to write the current
 * failures in the list's format.
 */
class OpaConformanceTest {
    private static final Path ROOT = resource("opa-conformance");
    private static final Map<String, String> KNOWN = knownFailures();
    private static final Map<String, String> FAILURES = Collections.synchronizedMap(new TreeMap<>());
    private static int total;

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            String rel = ROOT.relativize(file).toString().replace('\\', '/');
            int index = 0;
            for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(
                    Files.readString(file, StandardCharsets.UTF_8))) {
                if (!(doc instanceof Map<?, ?> m) || !(m.get("cases") instanceof List<?> cases)) {
                    continue;
                }
                for (Object c : cases) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> tc = (Map<String, Object>) c;
                    String id = rel + "#" + (index++) + " " + tc.get("note");
                    total++;
                    tests.add(DynamicTest.dynamicTest(id, () -> check(id, tc)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(String id, Map<String, Object> tc) {
        String failure = CaseRunner.run(tc);
        if (failure != null) {
            FAILURES.put(id, failure);
        }
        String known = KNOWN.get(id);
        if (known != null) {
            assertTrue(failure != null, "listed in opa-conformance-known-failures.txt (" + known
                    + ") but passes now: remove it from the list");
        } else if (failure != null) {
            fail(failure);
        }
    }

    @AfterAll
    static void report() throws IOException {
        int failed = FAILURES.size();
        System.err.printf("OPA conformance: %d of %d cases pass (%.1f %%)%n", total - failed, total,
                100.0 * (total - failed) / Math.max(total, 1));
        String out = System.getProperty("rego.conformance.report");
        if (out != null) {
            StringBuilder sb = new StringBuilder();
            FAILURES.forEach((id, why) -> sb.append(id).append("\t").append(KNOWN.getOrDefault(id,
                    why.replace('\n', ' '))).append('\n'));
            Files.writeString(Paths.get(out), sb.toString());
        }
        assertEquals(true, total == 0 || (total - failed) * 100L >= 95L * total,
                "the engine must pass at least 95 % of the conformance cases");
    }

    private static Map<String, String> knownFailures() {
        Map<String, String> out = new TreeMap<>();
        Path list = resource("opa-conformance-known-failures.txt");
        try {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException("known failure without a reason: " + line);
                }
                out.put(line.substring(0, tab), line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static Path resource(String name) {
        try {
            return Paths.get(OpaConformanceTest.class.getClassLoader().getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
