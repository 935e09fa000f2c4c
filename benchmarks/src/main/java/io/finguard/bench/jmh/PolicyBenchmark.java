package io.finguard.bench.jmh;

import io.finguard.engine.rego.RegoInput;
import io.finguard.rego.PolicySet;
import io.finguard.rego.RegoVersion;
import io.finguard.rego.value.SetValue;
import io.finguard.rego.value.Value;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.load.LoadRequest;
import io.finguard.terraform.load.TerraformLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The fixtures' tag policy ({@code fixtures/policies/cost_tags.rego}) evaluated over every root module's input
 * document of a corpus: what {@code scan --policy} adds to a scan once the model is loaded. Building the input
 * documents is measured separately.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PolicyBenchmark {

    @Param({"gen-5mb"})
    public String corpus;

    private Path dir;
    private TerraformModel model;
    private List<Value> inputs;
    private PolicySet policies;

    @Setup
    public void setUp() throws IOException {
        dir = Corpus.prepare(corpus);
        model = new TerraformLoader().load(LoadRequest.of(dir, List.of(dir)));
        inputs = List.copyOf(RegoInput.hclByRoot(model).values());
        policies = PolicySet.load(List.of(policy()), RegoVersion.V1);
        System.err.printf("%n[corpus %s: %d resources, %d root modules, %d findings]%n", corpus,
                model.resources().size(), inputs.size(), evaluateTagPolicy());
    }

    private static Path policy() {
        for (Path candidate : List.of(Path.of("fixtures/policies"), Path.of("../fixtures/policies"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.resolve("cost_tags.rego");
            }
        }
        throw new IllegalStateException("run the benchmarks from the repository root: fixtures/ not found");
    }

    @TearDown
    public void tearDown() throws IOException {
        Corpus.delete(dir);
    }

    /** The policy over every root: the findings it gives. */
    @Benchmark
    public int evaluateTagPolicy() {
        int findings = 0;
        for (Value input : inputs) {
            Value deny = policies.evaluate("data.main.deny", input);
            findings += deny instanceof SetValue s ? s.size() : 0;
        }
        return findings;
    }

    /** The conftest-shaped input documents of every root, from the loaded model. */
    @Benchmark
    public int buildInputs() {
        return RegoInput.hclByRoot(model).size();
    }
}
