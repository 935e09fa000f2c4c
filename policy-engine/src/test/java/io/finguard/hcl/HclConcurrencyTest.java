package io.finguard.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The parser keeps no shared state: parsing the corpus on several threads at once gives the same trees. */
class HclConcurrencyTest {

    @Test
    void parallelParsesGiveTheSameTrees() throws Exception {
        List<SourceFile> files = HclCorpus.validFiles().stream().map(HclCorpus::read).toList();
        List<Body> expected = files.stream().map(f -> HclParser.parse(f).body()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Body>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    List<Body> bodies = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        bodies.clear();
                        for (SourceFile file : files) {
                            bodies.add(HclParser.parse(file).body());
                        }
                    }
                    return bodies;
                }));
            }
            for (Future<List<Body>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
