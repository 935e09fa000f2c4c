package io.finguard.rules;

import io.finguard.engine.ConfigLoader;
import io.finguard.engine.Finding;
import io.finguard.engine.RuleRegistry;
import io.finguard.engine.ScanOptions;
import io.finguard.engine.ScanResult;
import io.finguard.engine.Scanner;
import io.finguard.terraform.ModelLoader;
import io.finguard.terraform.load.LoadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The FG101 and FG301 fixes on the bundled demo with a {@code fix-values} entry for CostCenter: the DR replica
 * bucket, created through {@code aws.us_west} whose default tags lack CostCenter, gets it (in its module's
 * {@code merge(…)}, or in the root's {@code aws.us_west} block with {@code fix-target: provider}); the training node
 * group's capacity is set to spot in {@code terraform.tfvars}, where the value is set (decision 076); the audit log
 * group's wrong Environment is left alone with a reason, and nothing else changes.
 */
class DemoTagAndSpotFixesTest {

    private static final Set<String> RULES = Set.of("FG101", "FG301");

    @Test
    void intoTheReplicasTagsMerge(@TempDir Path work) throws Exception {
        Map<String, String> before = DemoFixesTest.copy(DemoFixesTest.DEMO, work);
        Map<String, String> after = fix(work, "fix-values: {CostCenter: cc-4120}");
        spotInTfvars(before);

        String replica = "modules/replica/main.tf";
        before.put(replica, before.get(replica).replace("""
                  tags = merge(var.tags, { Name = var.bucket_name })
                """, """
                  tags = merge(var.tags, {
                    Name       = var.bucket_name
                    CostCenter = "cc-4120"
                  })
                """));
        assertEquals(before, after);
    }

    @Test
    void intoTheProviderTheReplicaModuleIsPassed(@TempDir Path work) throws Exception {
        Map<String, String> before = DemoFixesTest.copy(DemoFixesTest.DEMO, work);
        Map<String, String> after = fix(work, "fix-values: {CostCenter: cc-4120}, fix-target: provider");
        spotInTfvars(before);

        before.put("providers.tf", before.get("providers.tf").replace("""
                      Owner       = "ml-platform-oncall"
                      ManagedBy   = "terraform"
                """, """
                      Owner       = "ml-platform-oncall"
                      ManagedBy   = "terraform"
                      CostCenter  = "cc-4120"
                """));
        assertEquals(before, after);
    }

    /** FG301's fix of the training node group: its capacity type where the demo sets it. */
    private static void spotInTfvars(Map<String, String> files) {
        files.put("terraform.tfvars", files.get("terraform.tfvars")
                .replace("  capacity_type  = \"ON_DEMAND\"\n", "  capacity_type  = \"SPOT\"\n"));
    }

    /** Fixes the copy until nothing changes; checks what is left and why; returns the .tf files. */
    private static Map<String, String> fix(Path work, String fg101) throws Exception {
        Files.writeString(work.resolve("finguard.yml"), "rules:\n  FG101: {" + fg101 + "}\n");
        ScanResult last = CaseFixes.fixUntilSettled(work, scan(work), DemoTagAndSpotFixesTest::scan);
        Map<String, String> left = new TreeMap<>();
        for (Finding f : last.findings()) {
            left.put(f.resource(), f.fix() == null ? f.notFixableReason() : "still fixable");
        }
        assertEquals(Map.of(
                "module.logging.aws_cloudwatch_log_group.audit", "Environment is written in the "
                        + "configuration, and finguard does not change a written tag value"), left);
        return DemoFixesTest.read(work);
    }

    private static ScanResult scan(Path dir) throws Exception {
        RuleRegistry registry = RuleRegistry.load();
        return new Scanner(registry, new ConfigLoader(registry).load(dir.resolve("finguard.yml"))).scan(
                new ModelLoader().load(LoadRequest.of(dir, List.of(dir)), null),
                new ScanOptions(RULES, Set.of(), false, false));
    }
}
