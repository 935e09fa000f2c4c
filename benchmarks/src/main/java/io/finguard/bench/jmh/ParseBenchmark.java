package io.finguard.bench.jmh;

import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.SourceFile;
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
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Parsing alone, on one thread, files already in memory: the lossless tree of every file of the corpus per
 * operation. MB/s = corpus bytes (printed at setup) / time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

    @Param({"fixtures", "gen-40mb"})
    public String corpus;

    private Path dir;
    private final List<SourceFile> sources = new ArrayList<>();

    @Setup
    public void setUp() throws IOException {
        dir = Corpus.prepare(corpus);
        long bytes = 0;
        for (Path file : Corpus.terraformFiles(dir)) {
            byte[] content = Files.readAllBytes(file);
            bytes += content.length;
            sources.add(SourceFile.decode(dir.relativize(file).toString(), content));
        }
        System.err.printf("%n[corpus %s: %d files, %d bytes]%n", corpus, sources.size(), bytes);
    }

    @TearDown
    public void tearDown() throws IOException {
        Corpus.delete(dir);
    }

    @Benchmark
    public void parseAll(Blackhole bh) {
        for (SourceFile source : sources) {
            ConfigFile file = HclParser.parse(source);
            bh.consume(file);
        }
    }
}
