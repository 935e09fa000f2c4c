package io.finguard.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Custom-rule semantics as data: each directory under {@code src/test/resources/custom-rules/} holds
 * {@code main.tf} (or a {@code plan.json}, scanned in plan mode), the {@code finguard.yml} defining the rules, and {@code expected.json} with the findings (as
 * {@code "RULE severity address @ file:line message"}, in report order) and the unverified addresses (sorted).
 * Only the custom rules run: the registry has no installed rules.
 */
class CustomRuleCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> cases() throws IOException, URISyntaxException {
        Path root = Path.of(CustomRuleCasesTest.class.getResource("/custom-rules").toURI());
        List<Path> dirs;
        try (Stream<Path> list = Files.list(root)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws Exception {
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
        ScanService service = new ScanService(new RuleRegistry(List.of()), Workspace.CLOCK);
        Path plan = dir.resolve("plan.json");
        ScanRequest.Builder request = Files.exists(plan) ? ScanRequest.builder().plan(plan)
                : ScanRequest.builder().path(dir);
        ScanResult result = service.scan(request.root(dir).config(dir.resolve("finguard.yml")).build());
        assertEquals(List.of(), result.errors(), "errors");
        List<String> findings = result.findings().stream().map(f -> f.ruleId() + " " + f.severity().id() + " "
                + f.resource() + " @ " + f.file() + ":" + f.line() + " " + f.message()).toList();
        assertEquals(strings(expected.get("findings")), findings, expected.path("description").asText());
        assertEquals(strings(expected.get("unverified")), result.unverified().stream().sorted().toList(),
                "unverified");
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
