package io.finguard.bench.jmh;

import io.finguard.bench.CorpusGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs benchmarks run on: the bundled fixtures, or a corpus generated on the spot (deterministic, so every
 * run measures the same bytes). Generated corpora live in a temporary directory removed after the trial.
 */
final class Corpus {

    /** {@code fixtures} (demo + compliant), {@code gen-5mb} (2,200 files) or {@code gen-40mb} (6,000 files). */
    static Path prepare(String name) {
        try {
            return switch (name) {
                case "fixtures" -> fixturesDir();
                case "gen-5mb" -> generate(2200, 4_900_000L);
                case "gen-40mb" -> generate(6000, 40_000_000L);
                default -> throw new IllegalArgumentException("unknown corpus " + name);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fixturesDir() {
        // run from the repository root or from benchmarks/
        for (Path candidate : List.of(Path.of("fixtures"), Path.of("../fixtures"))) {
            if (Files.isDirectory(candidate.resolve("demo"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("run the benchmarks from the repository root: fixtures/ not found");
    }

    private static Path generate(int files, long bytes) throws IOException {
        Path dir = Files.createTempDirectory("finguard-bench-");
        CorpusGenerator.generate(new CorpusGenerator.Options(dir, files, bytes, 42L));
        return dir;
    }

    static boolean isGenerated(Path dir) {
        return dir.getFileName().toString().startsWith("finguard-bench-");
    }

    static void delete(Path dir) throws IOException {
        if (!isGenerated(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static List<Path> terraformFiles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".tf") && !p.toString().contains("/.terraform/"))
                    .sorted()
                    .forEach(out::add);
        }
        return out;
    }
}
