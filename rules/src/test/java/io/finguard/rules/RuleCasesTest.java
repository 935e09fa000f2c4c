package io.finguard.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.engine.ConfigLoader;
import io.finguard.engine.Finding;
import io.finguard.engine.FindingGroups;
import io.finguard.engine.FindingInstance;
import io.finguard.engine.ReportBase;
import io.finguard.engine.RuleRegistry;
import io.finguard.engine.ScanConfig;
import io.finguard.engine.ScanOptions;
import io.finguard.engine.ScanResult;
import io.finguard.engine.Scanner;
import io.finguard.terraform.ModelLoader;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.load.LoadRequest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every rule case under {@code src/test/resources/cases/<RULE-ID>/<case>/}: the case's {@code .tf} files
 * and/or {@code plan.json} (plan mode), its optional {@code finguard.yml}, and {@code expected.json}:
 * <pre>{"findings":[{"resource":"…","file":"main.tf","line":3,"messageContains":"…"}], "unverified":["…"]}</pre>
 * Only the rule under test runs. Findings are compared as a set of resource, file and line; each expected message
 * fragment must appear in the matching finding; optional {@code "fixable"} says whether it carries a fix and
 * {@code "notFixableReason"} is a fragment of why not; {@code "instances"} lists the addresses of a finding that stands
 * for several (one finding per place, as reports show it). The fixes are applied as {@link CaseFixes} says: a
 * {@code X.tf.fixed} beside {@code X.tf} is what {@code finguard fix} must make of it, byte for byte. Adding a case is
 * adding a directory.
 */
class RuleCasesTest {

    static final Path CASES = Path.of("src/test/resources/cases");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        RuleRegistry registry = RuleRegistry.load();
        for (Path ruleDir : sortedChildren(CASES)) {
            String ruleId = ruleDir.getFileName().toString();
            assertTrue(registry.get(ruleId) != null, "cases for an unknown rule: " + ruleDir);
            for (Path caseDir : sortedChildren(ruleDir)) {
                String name = ruleDir.getFileName() + "/" + caseDir.getFileName();
                tests.add(DynamicTest.dynamicTest(name, () -> run(ruleDir.getFileName().toString(), caseDir)));
            }
        }
        return tests.stream();
    }

    static List<Path> sortedChildren(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Loads and scans one case with only {@code ruleId} enabled. */
    static ScanResult scan(String ruleId, Path caseDir) throws Exception {
        RuleRegistry registry = RuleRegistry.load();
        Path configFile = caseDir.resolve("finguard.yml");
        ScanConfig config = Files.exists(configFile) ? new ConfigLoader(registry).load(configFile)
                : ScanConfig.DEFAULTS;
        Path plan = caseDir.resolve("plan.json");
        boolean planMode = Files.exists(plan);
        boolean hasHcl;
        try (Stream<Path> s = Files.walk(caseDir)) {
            hasHcl = s.anyMatch(p -> p.toString().endsWith(".tf"));
        }
        Path root = caseDir.toAbsolutePath();
        TerraformModel model = new ModelLoader().load(LoadRequest.of(root, hasHcl ? List.of(root) : List.of()),
                planMode ? plan.toAbsolutePath() : null);
        ScanResult result = new Scanner(registry, config).scan(model,
                new ScanOptions(Set.of(ruleId), Set.of(), planMode, false));
        // what every report shows: one finding per place, with its instances (decision 075)
        return FindingGroups.apply(result, ReportBase.of(root));
    }

    /**
     * Whether each finding of a case says {@code fixable}, by resource: expected.json does not carry the flag, so the
     * rules' fixability tests read it here.
     */
    static Map<String, Boolean> fixableByResource(String ruleId, String caseName) throws Exception {
        Map<String, Boolean> out = new TreeMap<>();
        for (Finding f : scan(ruleId, CASES.resolve(ruleId).resolve(caseName)).findings()) {
            out.put(f.resource(), f.fixable());
        }
        return out;
    }

    private static void run(String ruleId, Path caseDir) throws Exception {
        ScanResult result = scan(ruleId, caseDir);
        assertEquals(List.of(), result.errors(), "the case must load cleanly");
        JsonNode expected = JSON.readTree(caseDir.resolve("expected.json").toFile());

        Set<String> want = new TreeSet<>();
        for (JsonNode f : expected.path("findings")) {
            want.add(key(f.path("resource").asText(), f.path("file").isNull() ? null : f.path("file").asText(null),
                    f.path("line").asInt()));
        }
        Set<String> got = new TreeSet<>();
        for (Finding f : result.findings()) {
            got.add(key(f.resource(), f.file(), f.line()));
        }
        assertEquals(want, got, "findings (resource @ file:line) of " + caseDir + "\nmessages: "
                + result.findings().stream().map(Finding::message).toList());

        for (JsonNode f : expected.path("findings")) {
            String fragment = f.path("messageContains").asText("");
            if (fragment.isEmpty()) {
                continue;
            }
            String k = key(f.path("resource").asText(), f.path("file").asText(null), f.path("line").asInt());
            boolean found = result.findings().stream()
                    .filter(x -> key(x.resource(), x.file(), x.line()).equals(k))
                    .anyMatch(x -> x.message().contains(fragment));
            assertTrue(found, "no finding at " + k + " mentions \"" + fragment + "\": "
                    + result.findings().stream().map(Finding::message).toList());
        }

        checkInstances(expected, result);

        Set<String> wantUnverified = new TreeSet<>();
        expected.path("unverified").forEach(n -> wantUnverified.add(n.asText()));
        assertEquals(wantUnverified, new TreeSet<>(result.unverified()), "unverified resources of " + caseDir);

        checkFixability(expected, result);
        CaseFixes.check(ruleId, caseDir, result);
    }

    /**
     * {@code "instances"}, when given, lists the addresses of every instance the finding stands for, in order; without
     * it a finding has the one instance its {@code resource} names.
     */
    private static void checkInstances(JsonNode expected, ScanResult result) {
        for (JsonNode f : expected.path("findings")) {
            String k = key(f.path("resource").asText(), f.path("file").asText(null), f.path("line").asInt());
            List<String> want = new ArrayList<>();
            if (f.has("instances")) {
                f.path("instances").forEach(n -> want.add(n.asText()));
            } else {
                want.add(f.path("resource").asText());
            }
            Finding finding = result.findings().stream().filter(x -> key(x.resource(), x.file(), x.line()).equals(k))
                    .findFirst().orElseThrow();
            assertEquals(want, finding.instances().stream().map(FindingInstance::address).toList(),
                    "instances of " + k);
        }
    }

    /** {@code "fixable": true} wants a fix, {@code false} none; {@code "notFixableReason"} is a fragment of why. */
    private static void checkFixability(JsonNode expected, ScanResult result) {
        for (JsonNode f : expected.path("findings")) {
            String k = key(f.path("resource").asText(), f.path("file").asText(null), f.path("line").asInt());
            Finding finding = result.findings().stream().filter(x -> key(x.resource(), x.file(), x.line()).equals(k))
                    .findFirst().orElseThrow();
            if (f.has("fixable")) {
                assertEquals(f.path("fixable").asBoolean(), finding.fix() != null, k + " carries a fix: "
                        + finding.notFixableReason());
            }
            String reason = f.path("notFixableReason").asText("");
            if (!reason.isEmpty()) {
                assertTrue(finding.notFixableReason() != null && finding.notFixableReason().contains(reason),
                        k + " says why it is not fixable with \"" + reason + "\": " + finding.notFixableReason());
            }
        }
    }

    private static String key(String resource, String file, int line) {
        return resource + " @ " + file + ":" + line;
    }
}
