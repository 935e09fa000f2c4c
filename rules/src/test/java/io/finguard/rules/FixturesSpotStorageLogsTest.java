package io.finguard.rules;

import io.finguard.engine.Finding;
import io.finguard.engine.RuleRegistry;
import io.finguard.engine.ScanConfig;
import io.finguard.engine.ScanOptions;
import io.finguard.engine.ScanResult;
import io.finguard.engine.Scanner;
import io.finguard.terraform.ModelLoader;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.load.LoadRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bundled fixtures behave as {@code fixtures/README.md} says for FG301, FG401, FG501 and FG502: {@code demo}
 * trips each where its {@code # finguard demo} comments say and nowhere else, {@code compliant} trips none, in HCL
 * mode, with the plan beside the HCL, and from the plan alone (every encoding of it).
 */
class FixturesSpotStorageLogsTest {

    private static final Set<String> RULES = Set.of("FG301", "FG401", "FG501", "FG502");
    private static final Path FIXTURES = Path.of("../fixtures").toAbsolutePath().normalize();

    private static final List<String> DEMO = List.of(
            "FG301 module.eks.aws_eks_node_group.gpu_training @ modules/eks/main.tf:123",
            "FG401 module.storage.aws_s3_bucket.data @ modules/storage/main.tf:3",
            "FG401 module.storage.aws_s3_bucket.artifacts @ modules/storage/main.tf:13",
            "FG501 module.logging.aws_cloudwatch_log_group.training_jobs @ modules/logging/main.tf:13",
            "FG501 module.logging.aws_cloudwatch_log_group.inference @ modules/logging/main.tf:23",
            "FG502 module.lambda.aws_lambda_function.registry_hook @ modules/lambda/main.tf:81");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"demo, ''", "demo, demo.json", "compliant, ''", "compliant, compliant.json"})
    void withHcl(String project, String plan) throws Exception {
        ScanResult result = scan(FIXTURES.resolve(project), plan.isEmpty() ? null : plan);
        assertEquals(expected(project, true), found(result));
        assertEquals(0, result.unverified().size(), "unverified: " + result.unverified());
    }

    @ParameterizedTest(name = "{0} alone")
    @CsvSource({"demo.json, demo", "demo-bom.json, demo", "demo-utf16.json, demo", "compliant.json, compliant",
            "with-deletes.json, none"})
    void planAlone(String plan, String project) throws Exception {
        ScanResult result = scan(null, plan);
        assertEquals(expected(project, false), found(result));
        assertEquals(0, result.unverified().size(), "unverified: " + result.unverified());
    }

    private static ScanResult scan(Path hcl, String plan) {
        Path planFile = plan == null ? null : FIXTURES.resolve("plans").resolve(plan);
        Path root = hcl != null ? hcl : FIXTURES.resolve("plans");
        TerraformModel model = new ModelLoader().load(LoadRequest.of(root, hcl == null ? List.of() : List.of(hcl)),
                planFile);
        return new Scanner(RuleRegistry.load(), ScanConfig.DEFAULTS)
                .scan(model, new ScanOptions(RULES, Set.of(), planFile != null, false));
    }

    private static Set<String> expected(String project, boolean withHcl) {
        Set<String> out = new TreeSet<>();
        if (project.equals("demo")) {
            for (String d : DEMO) {
                out.add(withHcl ? d : d.substring(0, d.indexOf(" @ ")) + " @ null:0");
            }
        }
        return out;
    }

    private static Set<String> found(ScanResult result) {
        Set<String> out = new TreeSet<>();
        for (Finding f : result.findings()) {
            out.add(f.ruleId() + " " + f.resource() + " @ " + f.file() + ":" + f.line());
        }
        return out;
    }
}
