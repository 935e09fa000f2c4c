package io.finguard.bench.jmh;

import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.load.LoadRequest;
import io.finguard.terraform.load.TerraformLoader;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What {@code finguard inspect} does before printing, on one thread: find module directories, read and parse
 * every file, evaluate every module instance (variables, locals, module calls, resources). MB/s = corpus bytes
 * (printed at setup) / time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoadBenchmark {

    @Param({"fixtures", "gen-40mb"})
    public String corpus;

    private Path dir;

    @Setup
    public void setUp() throws IOException {
        dir = Corpus.prepare(corpus);
        long bytes = 0;
        List<Path> files = Corpus.terraformFiles(dir);
        for (Path f : files) {
            bytes += Files.size(f);
        }
        TerraformModel model = load();
        if (!model.errors().isEmpty()) {
            throw new IllegalStateException("the corpus does not load cleanly: " + model.errors().get(0));
        }
        System.err.printf("%n[corpus %s: %d files, %d bytes, %d resources]%n", corpus, files.size(), bytes,
                model.resources().size());
    }

    @TearDown
    public void tearDown() throws IOException {
        Corpus.delete(dir);
    }

    @Benchmark
    public TerraformModel parseAndEvaluate() {
        return load();
    }

    private TerraformModel load() {
        return new TerraformLoader().load(LoadRequest.of(dir, List.of(dir)));
    }
}
