package io.finguard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jars the build packages (cli/pom.xml): finguard.jar without the AWS SDK, finguard-cleanup.jar beside it with
 * it, and {@code java -jar finguard.jar} running every command, cleanup's through the jar beside it. Runs in the
 * package phase, after the jars are written (docs/decisions/080-start-up.md).
 */
class PackagedJarsTest {

    private static final Path JAR = Path.of(System.getProperty("finguard.jar", "target/finguard.jar"))
            .toAbsolutePath();
    private static final Path CLEANUP_JAR = JAR.resolveSibling(Extensions.CLEANUP_JAR);
    private static final Path DEMO = Path.of("..", "fixtures", "demo").toAbsolutePath().normalize();

    @Test
    void theScanJarHoldsNoCleanupClassAndTheCleanupJarNothingOfTheScan() throws IOException {
        List<String> scanJar = entries(JAR);
        assertTrue(scanJar.contains("io/finguard/cli/Main.class"), "the CLI is in " + JAR);
        assertTrue(scanJar.contains("picocli/CommandLine.class"), "picocli is in " + JAR);
        assertFalse(scanJar.stream().anyMatch(e -> e.startsWith("software/amazon/")
                || e.startsWith("io/finguard/cleanup/")), JAR + " carries the AWS SDK or the cleanup module");
        List<String> cleanupJar = entries(CLEANUP_JAR);
        assertTrue(cleanupJar.contains("io/finguard/cleanup/cli/CleanupSubcommandProvider.class"), cleanupJar.size()
                + " entries");
        assertTrue(cleanupJar.stream().anyMatch(e -> e.startsWith("software/amazon/awssdk/services/ec2/")));
        assertFalse(cleanupJar.stream().anyMatch(e -> e.startsWith("io/finguard/cli/")
                || e.startsWith("io/finguard/engine/") || e.startsWith("picocli/")),
                "finguard.jar's classes must not be loaded a second time from " + CLEANUP_JAR);
    }

    @Test
    void cleanupRunsTheAwsSdkFromTheJarBesideFinguardJar() throws Exception {
        // a scheme the SDK refuses while marshalling the first request: its code runs, and no connection is tried
        Run run = java(JAR, "cleanup", "scan", "--region", "us-east-1", "--endpoint-url", "ftp://127.0.0.1:1");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("Protocol must be 'http' or 'https'"), run.toString());
        assertFalse(run.err().contains("internal error"), run.toString());
    }

    @Test
    void helpListsEveryCommandAndVersionNeedsNone() throws Exception {
        Run help = java(JAR, "help");
        assertEquals(0, help.exit(), help.toString());
        assertTrue(help.out().contains("  scan ") && help.out().contains("  cleanup "), help.toString());
        Run version = java(JAR, "--version");
        assertEquals(0, version.exit(), version.toString());
        assertTrue(version.out().startsWith("finguard "), version.toString());
    }

    @Test
    void finguardJarAloneScansAndListsNoCleanup(@TempDir Path dir) throws Exception {
        Path alone = Files.copy(JAR, dir.resolve("finguard.jar"));
        Run scan = java(alone, "scan", DEMO.toString());
        assertEquals(1, scan.exit(), scan.toString()); // the demo has findings
        assertTrue(scan.out().contains("FG101"), scan.toString());
        Run help = java(alone, "help");
        assertEquals(0, help.exit(), help.toString());
        assertFalse(help.out().contains("cleanup"), help.toString());
    }

    private static List<String> entries(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().forEach(e -> names.add(e.getName()));
        }
        return names;
    }

    private record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    private static Run java(Path jar, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("AWS_ACCESS_KEY_ID", "test");
        builder.environment().put("AWS_SECRET_ACCESS_KEY", "test");
        Path out = Files.createTempFile("finguard-out", ".txt");
        Path err = Files.createTempFile("finguard-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
