package io.finguard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a deterministic Terraform corpus for benchmarks, shaped like a platform team's repository:
 * reusable modules under {@code modules/<name>/} ({@code main.tf}, {@code variables.tf},
 * {@code outputs.tf}, {@code locals.tf}, {@code versions.tf} and topic files such as {@code iam.tf}),
 * and root stacks under {@code stacks/<name>/} that configure providers and call the modules written
 * before them through local {@code source} paths.
 *
 * <p>Resources cover many AWS types and the constructs real modules use: tag maps built with
 * {@code merge()}, {@code count} and {@code for_each}, dynamic blocks, heredoc and {@code jsonencode}
 * policies, string templates with {@code %{if}}/{@code %{for}} directives and strip markers,
 * conditionals, for-expressions, splats, negative numbers and all three comment styles. Every file is
 * valid HCL2 native syntax.
 *
 * <p>The same arguments always produce the same bytes: every module draws from its own
 * {@link Random} seeded from the corpus seed and its index, and nothing depends on hash order, the
 * clock or the platform. The file count is exact; the total size lands close to the target because
 * each module's byte budget is recomputed from what is still missing.
 */
public final class CorpusGenerator {

    /** Command-line options. */
    public record Options(Path out, int files, long targetBytes, long seed) {
        public Options {
            if (out == null) {
                throw new IllegalArgumentException("--out is required");
            }
            if (files < MIN_FILES) {
                throw new IllegalArgumentException("--files must be at least " + MIN_FILES);
            }
            if (targetBytes < 1) {
                throw new IllegalArgumentException("--target-bytes must be positive");
            }
        }
    }

    /** What a run wrote. */
    public record Summary(int files, long bytes, int modules, int stacks) {}

    static final int MIN_FILES = BaseFile.values().length;
    static final int FILES_PER_MODULE = 6;
    static final int STACK_EVERY = 10;

    static final String USAGE = "usage: CorpusGenerator --out DIR [--files N] [--target-bytes BYTES] [--seed S]\n"
            + "  defaults: --files 2200 --target-bytes 4900000 --seed 42";

    private CorpusGenerator() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = parseArgs(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            Summary s = generate(options);
            System.err.printf(Locale.ROOT, "wrote %d files, %d bytes (%d modules, %d of them stacks) to %s%n",
                    s.files(), s.bytes(), s.modules(), s.stacks(), options.out());
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    static Options parseArgs(String[] args) {
        Path out = null;
        int files = 2200;
        long target = 4_900_000L;
        long seed = 42L;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                throw new IllegalArgumentException("help requested");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + arg);
            }
            String value = args[++i];
            try {
                switch (arg) {
                    case "--out" -> out = Path.of(value);
                    case "--files" -> files = Integer.parseInt(value);
                    case "--target-bytes" -> target = Long.parseLong(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number for " + arg + ": " + value);
            }
        }
        return new Options(out, files, target, seed);
    }

    /** Writes the corpus described by {@code options} and returns what was written. */
    public static Summary generate(Options options) throws IOException {
        int moduleCount = Math.max(1, options.files() / FILES_PER_MODULE);
        int extraFiles = options.files() - MIN_FILES * moduleCount;
        List<String> names = moduleNames(moduleCount, options.seed());

        long written = 0;
        int filesLeft = options.files();
        int stacks = 0;
        List<ModuleWriter.Callee> sinceLastStack = new ArrayList<>();
        for (int i = 0; i < moduleCount; i++) {
            int fileCount = MIN_FILES + extraFiles / moduleCount + (i < extraFiles % moduleCount ? 1 : 0);
            long missing = Math.max(0, options.targetBytes() - written);
            long budget = missing * fileCount / filesLeft;
            boolean stack = i % STACK_EVERY == STACK_EVERY - 1;
            Random random = new Random(mix(options.seed(), i));

            ModuleWriter writer = new ModuleWriter(names.get(i), stack, random,
                    stack ? List.copyOf(sinceLastStack) : List.of());
            Map<String, String> files = writer.build(fileCount, budget);
            Path dir = options.out().resolve(stack ? "stacks" : "modules").resolve(names.get(i));
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : files.entrySet()) {
                byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve(file.getKey()), bytes);
                written += bytes.length;
            }
            filesLeft -= files.size();
            if (stack) {
                stacks++;
                sinceLastStack.clear();
            } else {
                sinceLastStack.add(writer.asCallee());
            }
        }
        return new Summary(options.files(), written, moduleCount, stacks);
    }

    /** Stable per-module seed (SplitMix64 finaliser over seed and index). */
    static long mix(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static List<String> moduleNames(int count, long seed) {
        Random random = new Random(seed);
        Set<String> used = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String domain = Words.DOMAINS[random.nextInt(Words.DOMAINS.length)];
            String name;
            if (i % STACK_EVERY == STACK_EVERY - 1) {
                name = Words.ENVIRONMENTS[random.nextInt(Words.ENVIRONMENTS.length)] + "-" + domain;
            } else {
                name = domain + "-" + Words.COMPONENTS[random.nextInt(Words.COMPONENTS.length)];
            }
            String unique = name;
            for (int n = 2; !used.add(unique); n++) {
                unique = name + "-" + n;
            }
            names.add(unique);
        }
        return names;
    }

    /** The files every module has; topic files are added on top. */
    enum BaseFile {
        MAIN("main.tf"), VARIABLES("variables.tf"), OUTPUTS("outputs.tf"), LOCALS("locals.tf"), VERSIONS("versions.tf");

        final String fileName;

        BaseFile(String fileName) {
            this.fileName = fileName;
        }
    }
}
