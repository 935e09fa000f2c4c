package io.finguard.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @TempDir
    Path tmp;

    @Test
    void writesExactlyTheRequestedFilesCloseToTheTargetSize() throws IOException {
        CorpusGenerator.Summary summary = CorpusGenerator.generate(options(tmp.resolve("a"), 7));

        Map<String, byte[]> files = read(tmp.resolve("a"));
        assertEquals(120, files.size());
        assertEquals(120, summary.files());
        long bytes = files.values().stream().mapToLong(b -> b.length).sum();
        assertEquals(bytes, summary.bytes());
        assertTrue(bytes >= 285_000 && bytes <= 315_000, "total size " + bytes + " is not within 5% of 300000");
        assertTrue(summary.stacks() >= 1, "expected at least one root stack");
    }

    @Test
    void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
        CorpusGenerator.generate(options(tmp.resolve("a"), 7));
        CorpusGenerator.generate(options(tmp.resolve("b"), 7));
        CorpusGenerator.generate(options(tmp.resolve("c"), 8));

        Map<String, byte[]> a = read(tmp.resolve("a"));
        Map<String, byte[]> b = read(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) {
            assertArrayEquals(a.get(file), b.get(file), file);
        }
        Map<String, byte[]> c = read(tmp.resolve("c"));
        assertFalse(java.util.Arrays.equals(concat(a), concat(c)), "seed 8 wrote the same corpus as seed 7");
    }

    @Test
    void modulesLookLikeTerraformModulesAndStacksCallThem() throws IOException {
        CorpusGenerator.generate(options(tmp.resolve("a"), 7));
        Map<String, byte[]> files = read(tmp.resolve("a"));

        List<String> moduleDirs = files.keySet().stream()
                .filter(f -> f.startsWith("modules/") && f.endsWith("/main.tf"))
                .collect(Collectors.toList());
        assertEquals(18, moduleDirs.size());
        for (String main : moduleDirs) {
            String dir = main.substring(0, main.length() - "main.tf".length());
            for (String base : List.of("variables.tf", "outputs.tf", "locals.tf", "versions.tf")) {
                assertTrue(files.containsKey(dir + base), dir + base);
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.endsWith("\n"), file.getKey() + " ends with a newline");
            assertTrue(text.chars().allMatch(ch -> ch < 128), file.getKey() + " is ASCII");
        }
        String stackMain = new String(files.get(files.keySet().stream()
                .filter(f -> f.startsWith("stacks/") && f.endsWith("/main.tf")).findFirst().orElseThrow()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(stackMain.contains("source = \"../../modules/"), stackMain);
        String all = new String(concat(files), java.nio.charset.StandardCharsets.UTF_8);
        for (String construct : List.of("merge(", "for_each", "dynamic \"", "<<-EOT", "jsonencode(", "%{", "count",
                "default_tags", "# ", "// ", "/* ")) {
            assertTrue(all.contains(construct), "corpus uses " + construct);
        }
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.parseArgs(new String[] {"--files", "10"}));
        assertThrows(IllegalArgumentException.class,
                () -> CorpusGenerator.parseArgs(new String[] {"--out", "x", "--files", "2"}));
        assertThrows(IllegalArgumentException.class,
                () -> CorpusGenerator.parseArgs(new String[] {"--out", "x", "--seed", "abc"}));
        assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.parseArgs(new String[] {"--bogus", "1"}));
        CorpusGenerator.Options options = CorpusGenerator.parseArgs(new String[] {"--out", "x"});
        assertEquals(2200, options.files());
        assertEquals(4_900_000L, options.targetBytes());
    }

    private static CorpusGenerator.Options options(Path out, long seed) {
        return new CorpusGenerator.Options(out, 120, 300_000, seed);
    }

    private static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static byte[] concat(Map<String, byte[]> files) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        files.values().forEach(out::writeBytes);
        return out.toByteArray();
    }
}
