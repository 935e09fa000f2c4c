package io.finguard.fix;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diff is checked the way users consume it: the real {@code git apply} must take it and produce the fix. */
class UnifiedDiffTest {

    @TempDir
    Path tmp;

    private static String lines(int from, int to, String end) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i <= to; i++) {
            out.append("# line ").append(i).append(end);
        }
        return out.toString();
    }

    /** Awkward cases side by side: CRLF, no final newline, a space and non-ASCII in a path, two hunks. */
    private List<FixResult.FileFix> awkwardFiles(Path root) {
        List<FixResult.FileFix> files = new ArrayList<>();
        files.add(fix(root, "main.tf", lines(1, 20, "\n"),
                lines(1, 2, "\n") + "# inserted\n" + lines(3, 18, "\n") + "# line 19 changed\n# line 20\n"));
        files.add(fix(root, "crlf.tf", "a {\r\n  x = 1\r\n}\r\n", "a {\r\n  x = 1\r\n  y = 2\r\n}\r\n"));
        files.add(fix(root, "modules/no newline.tf", "a {\n  x = 1\n}", "a {\n  x = 1\n  y = 2\n}\n"));
        files.add(fix(root, "modules/données.tf", "a {\n}\n", "a {\n  z = \"é\"\n}"));
        return files;
    }

    private static FixResult.FileFix fix(Path root, String path, String original, String fixed) {
        return new FixResult.FileFix(path, root.resolve(path), original, fixed);
    }

    private static void writeOriginals(List<FixResult.FileFix> files) throws IOException {
        for (FixResult.FileFix f : files) {
            Files.createDirectories(f.file().getParent());
            Files.write(f.file(), f.original().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void assertFixed(List<FixResult.FileFix> files) throws IOException {
        for (FixResult.FileFix f : files) {
            assertArrayEquals(f.fixed().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(f.file()), f.path());
        }
    }

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.autocrlf=false", "-c", "core.safecrlf=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "git " + String.join(" ", args) + " timed out");
        assertEquals(0, p.exitValue(), "git " + String.join(" ", args) + ":\n" + output);
        return output;
    }

    @Test
    void gitApplyTakesTheDiffFromTheRepositoryTop() throws IOException, InterruptedException {
        Path repo = tmp.resolve("repo");
        Path root = repo.resolve("infra/prod");
        List<FixResult.FileFix> files = awkwardFiles(root);
        writeOriginals(files);
        git(repo.getParent(), "init", "-q", repo.toString());
        Path base = UnifiedDiff.base(root, files);
        assertEquals(repo, base, "inside a repository, paths are relative to its top");
        String diff = UnifiedDiff.of(base, files);
        assertTrue(diff.contains("--- a/infra/prod/main.tf\n"), diff);
        Path patch = tmp.resolve("fix.patch");
        Files.write(patch, diff.getBytes(StandardCharsets.UTF_8));
        // from a subdirectory as well as from the top: git reads the paths from the top either way
        git(root, "apply", "--check", patch.toString());
        git(repo, "apply", patch.toString());
        assertFixed(files);
    }

    @Test
    void outsideARepositoryPathsAreRelativeToTheScanRoot() throws IOException, InterruptedException {
        Path root = tmp.resolve("plain");
        List<FixResult.FileFix> files = awkwardFiles(root);
        writeOriginals(files);
        Path base = UnifiedDiff.base(root, files);
        assertEquals(root, base);
        Path patch = tmp.resolve("fix.patch");
        Files.write(patch, UnifiedDiff.of(base, files).getBytes(StandardCharsets.UTF_8));
        git(root, "apply", patch.toString());
        assertFixed(files);
    }

    @Test
    void theDiffIsWhatGitDiffWrites() {
        Path root = tmp.toAbsolutePath();
        String diff = UnifiedDiff.of(root, awkwardFiles(root).subList(1, 4));
        assertEquals("""
                diff --git a/crlf.tf b/crlf.tf
                --- a/crlf.tf
                +++ b/crlf.tf
                @@ -1,3 +1,4 @@
                 a {\r
                   x = 1\r
                +  y = 2\r
                 }\r
                diff --git a/modules/no newline.tf b/modules/no newline.tf
                --- a/modules/no newline.tf\t
                +++ b/modules/no newline.tf\t
                @@ -1,3 +1,4 @@
                 a {
                   x = 1
                -}
                \\ No newline at end of file
                +  y = 2
                +}
                diff --git "a/modules/donn\\303\\251es.tf" "b/modules/donn\\303\\251es.tf"
                --- "a/modules/donn\\303\\251es.tf"
                +++ "b/modules/donn\\303\\251es.tf"
                @@ -1,2 +1,3 @@
                 a {
                -}
                +  z = "é"
                +}
                \\ No newline at end of file
                """, diff);
    }

    @Test
    void nothingChangedIsAnEmptyDiff() {
        assertEquals("", UnifiedDiff.of(tmp, List.of()));
    }
}
