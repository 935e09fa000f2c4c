package io.finguard.rules;

import io.finguard.engine.Finding;
import io.finguard.engine.RuleRegistry;
import io.finguard.engine.ScanConfig;
import io.finguard.engine.ScanOptions;
import io.finguard.engine.ScanResult;
import io.finguard.engine.Scanner;
import io.finguard.terraform.ModelLoader;
import io.finguard.terraform.load.LoadRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * FG101 and FG201 on the bundled fixtures, in HCL and plan mode: {@code demo} trips them exactly where
 * {@code fixtures/README.md} says (whatever the plan file's encoding), {@code compliant} not at all, nor the
 * resources that survive {@code with-deletes.json} (its deleted, untagged bucket must not be scanned). Plan mode sees the same resources (none of them
 * is expanded by count or for_each), so both modes expect the same addresses.
 */
class TagAndCapacityFixturesTest {

    private static final Path FIXTURES = Path.of("..", "fixtures");

    private static final Set<String> DEMO = Set.of(
            "FG101 module.replica.aws_s3_bucket.this @ modules/replica/main.tf",
            "FG101 module.logging.aws_cloudwatch_log_group.audit @ modules/logging/main.tf",
            "FG201 module.eks.aws_eks_node_group.general @ modules/eks/main.tf",
            "FG201 module.eks.aws_eks_node_group.gpu_training @ modules/eks/main.tf",
            "FG201 module.feature_workers.aws_autoscaling_group.this @ modules/compute/main.tf",
            "FG201 module.batch_inference.aws_autoscaling_group.this @ modules/compute/main.tf");

    @ParameterizedTest(name = "{0} with plan {1}")
    @CsvSource({"demo,", "demo,demo.json", "demo,demo-bom.json", "demo,demo-utf16.json", "compliant,",
            "compliant,compliant.json", "plans,with-deletes.json"})
    void findingsAreTheDeliberateOnes(String project, String planFile) {
        Path dir = FIXTURES.resolve(project).toAbsolutePath().normalize();
        Path plan = planFile == null ? null : FIXTURES.resolve("plans").resolve(planFile).toAbsolutePath();
        // with-deletes.json is a plan of no project here: plan values alone, no HCL
        List<Path> hcl = project.equals("plans") ? List.of() : List.of(dir);
        ScanResult result = new Scanner(RuleRegistry.load(), ScanConfig.DEFAULTS).scan(
                new ModelLoader().load(LoadRequest.of(dir, hcl), plan),
                new ScanOptions(Set.of("FG101", "FG201"), Set.of(), plan != null, false));

        Set<String> got = new TreeSet<>();
        for (Finding f : result.findings()) {
            got.add(f.ruleId() + " " + f.resource() + " @ " + f.file());
        }
        assertEquals(new TreeSet<>(project.equals("demo") ? DEMO : Set.of()), got,
                result.findings().stream().map(f -> f.resource() + ": " + f.message()).toList().toString());
        assertEquals(List.of(), result.errors());
    }
}
