package io.finguard.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.report.ModelJsonReport;
import io.finguard.terraform.load.LoadRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The differential corpus: each directory under {@code src/test/resources/io/finguard/terraform/differential/} is
 * a Terraform root whose planned addresses and values were recorded from Terraform itself into
 * {@code expected.json} (see the README there). finguard loads it as {@code finguard inspect --format json} does and
 * must agree. Terraform never runs here.
 *
 * <p>Cases finguard does not handle yet are listed in {@code known-failures.txt} with a reason; they are reported
 * as skipped. An unlisted case that differs fails, and so does a listed case that now agrees, so the list only
 * shrinks.
 */
class DifferentialCorpusTest {

    private static final String CORPUS = "/io/finguard/terraform/differential";
    private static final String KNOWN_FAILURES = "known-failures.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(corpus())) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithTerraform(String name) throws IOException {
        Path dir = corpus().resolve(name);
        Path expectedFile = dir.resolve("expected.json");
        assertTrue(Files.isRegularFile(expectedFile), name + " has no expected.json: record it with "
                + "policy-engine/src/test/terraform/record-differential.sh " + name);
        List<String> mismatches = DifferentialComparison.compare(JSON.readTree(expectedFile.toFile()), inspect(dir),
                dir.toString());
        String known = knownFailures().get(name);
        if (known == null) {
            assertTrue(mismatches.isEmpty(), () -> name + ": finguard differs from Terraform (case in "
                    + "src/test/resources" + CORPUS + "/" + name + "):\n  " + String.join("\n  ", mismatches));
        } else if (mismatches.isEmpty()) {
            fail(name + " now agrees with Terraform: remove its line from " + KNOWN_FAILURES);
        } else {
            Assumptions.abort(name + ": known failure (" + known + "); first difference: " + mismatches.get(0));
        }
    }

    @Test
    void knownFailuresNameExistingCases() throws IOException {
        Set<String> stale = new TreeSet<>(knownFailures().keySet());
        stale.removeAll(cases().collect(Collectors.toSet()));
        assertEquals(Set.of(), stale, KNOWN_FAILURES + " lists cases that do not exist");
    }

    /** The case as {@code finguard inspect --format json DIR} prints it: the same loader and the same writer. */
    private static JsonNode inspect(Path dir) throws IOException {
        TerraformModel model = new ModelLoader().load(LoadRequest.of(dir, List.of(dir)), null);
        StringWriter out = new StringWriter();
        new ModelJsonReport().write(model, out);
        return JSON.readTree(out.toString());
    }

    /** {@code case reason...} per line; blank lines and {@code #} comments are skipped. */
    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(corpus().resolve(KNOWN_FAILURES))) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 2);
            if (parts.length < 2) {
                fail(KNOWN_FAILURES + ": " + parts[0] + " needs a reason (the first difference in a few words)");
            }
            if (out.put(parts[0], parts[1]) != null) {
                fail(KNOWN_FAILURES + " lists " + parts[0] + " twice");
            }
        }
        return out;
    }

    private static Path corpus() {
        try {
            return Path.of(DifferentialCorpusTest.class.getResource(CORPUS).toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
