package io.finguard.rules;

import io.finguard.engine.Finding;
import io.finguard.engine.RuleRegistry;
import io.finguard.engine.ScanConfig;
import io.finguard.engine.ScanOptions;
import io.finguard.engine.ScanResult;
import io.finguard.engine.Scanner;
import io.finguard.terraform.ModelLoader;
import io.finguard.terraform.load.LoadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The FG501 and FG201 fixes on the bundled demo, a project written the way teams write Terraform: FG501's two log
 * groups are fixed in place and nothing else changes; FG201's bounds all come from tfvars through variables, so
 * none is touched and each finding says where to change it.
 */
class DemoFixesTest {

    static final Path DEMO = Path.of("../fixtures/demo").toAbsolutePath().normalize();
    private static final Set<String> RULES = Set.of("FG201", "FG501");
    private static final String LOGGING = "modules/logging/main.tf";

    @Test
    void fixesLeaveNoFixableFindingAndChangeOnlyTheLogGroups(@TempDir Path work) throws Exception {
        Map<String, String> before = copy(DEMO, work);
        ScanResult last = CaseFixes.fixUntilSettled(work, scan(work), DemoFixesTest::scan);

        assertEquals(List.of(), last.findings().stream().filter(f -> f.fix() != null).map(Finding::resource)
                .toList(), "findings that still carry a fix");
        for (Finding f : last.findings()) {
            assertTrue(f.ruleId().equals("FG201") && f.notFixableReason() != null,
                    f.resource() + " is left with a reason: " + f.notFixableReason());
        }
        Map<String, String> after = read(work);
        String logging = before.get(LOGGING)
                .replace("""
                          name       = "${local.log_prefix}/training-jobs"
                          kms_key_id = var.kms_key_arn

                          tags = { Service = "training" }
                        """, """
                          name       = "${local.log_prefix}/training-jobs"
                          kms_key_id = var.kms_key_arn

                          tags              = { Service = "training" }
                          retention_in_days = 30
                        """)
                .replace("retention_in_days = 45", "retention_in_days = 30");
        before.put(LOGGING, logging);
        assertEquals(before, after);
    }

    @Test
    void boundsSetThroughVariablesSayWhereToChangeThem() throws Exception {
        int aboveCap = 0;
        for (Finding f : scan(DEMO).findings()) {
            if (f.ruleId().equals("FG201") && f.message().contains("cap of")) {
                aboveCap++;
                assertTrue(f.notFixableReason().contains("max_size comes from var."), f.notFixableReason());
            }
        }
        assertEquals(3, aboveCap, "the demo's bounds above their cap");
    }

    private static ScanResult scan(Path dir) {
        return new Scanner(RuleRegistry.load(), ScanConfig.DEFAULTS).scan(
                new ModelLoader().load(LoadRequest.of(dir, List.of(dir)), null),
                new ScanOptions(RULES, Set.of(), false, false));
    }

    static Map<String, String> copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        return read(to);
    }

    static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".tf")).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
