package io.finguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.finguard.cli.FixCommandTest.git;
import static io.finguard.cli.FixturesFixTest.copy;
import static io.finguard.cli.FixturesFixTest.read;
import static io.finguard.cli.ScanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code finguard fix} on a module repository ({@code fixtures/shared-module}): three examples call one bucket
 * module, whose lifecycle configuration exists only when the caller passes rules, and only {@code examples/complete}
 * does. One new configuration in the shared {@code main.tf} would give that example a second one, so the fix is
 * declined, in the scan's reports and by {@code fix}; when no example passes rules it is made, once
 * (docs/decisions/077-shared-edits-across-roots.md).
 */
class SharedModuleFixTest {

    private static final Path FIXTURE = Path.of("../fixtures/shared-module").toAbsolutePath().normalize();
    private static final String REASON = "module.bucket.aws_s3_bucket.this in examples/complete passes FG401 as it "
            + "is, and one edit of the shared modules/bucket/main.tf would change it too";

    @TempDir
    Path tmp;

    @Test
    void theFixIsDeclinedWithItsReasonAndNoFileChanges() throws IOException {
        Path repo = copy(FIXTURE, tmp.resolve("repo"));
        Map<String, String> before = read(repo);

        ScanCommandTest.Run diff = run("fix", repo.toString());
        assertEquals(0, diff.code(), diff.err());
        assertEquals("", diff.out(), "nothing to fix");
        assertTrue(diff.err().contains("FG401  module.bucket.aws_s3_bucket.this: S3 bucket aws_s3_bucket.this has no "
                + "lifecycle configuration"), diff.err());
        assertTrue(diff.err().contains(REASON), diff.err());

        ScanCommandTest.Run write = run("fix", "--write", repo.toString());
        assertEquals(0, write.code(), write.err());
        assertEquals(before, read(repo), "fix --write leaves every file as it was");

        JsonNode finding = run("scan", "--format", "json", "--rule", "FG401", repo.toString()).json()
                .get("findings").get(0);
        assertFalse(finding.get("fixable").asBoolean());
        assertTrue(finding.get("notFixableReason").asText().startsWith(REASON), finding.toString());
        assertEquals(2, finding.get("instances").size(), "the examples that lack a configuration");

        ScanCommandTest.Run text = run("scan", repo.toString());
        assertTrue(text.out().contains("    manual: " + REASON), text.out());
        assertFalse(text.out().contains("[fixable]"), text.out());
    }

    @Test
    void whenEveryExampleAgreesTheSharedModuleIsFixedOnce() throws IOException, InterruptedException {
        Path repo = copy(FIXTURE, tmp.resolve("repo"));
        Files.delete(repo.resolve("examples/complete/main.tf"));
        Path clean = Files.createDirectories(tmp.resolve("clean"));
        for (Map.Entry<String, String> f : read(repo).entrySet()) {
            Path target = clean.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue());
        }
        git(clean, "init", "-q");

        ScanCommandTest.Run diff = run("fix", repo.toString());
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().startsWith("diff --git a/modules/bucket/main.tf b/modules/bucket/main.tf\n"), diff.out());
        assertEquals(1, diff.out().split("\ndiff --git ", -1).length, "one file changes: " + diff.out());
        assertEquals(1, diff.out().split("\\+resource \"aws_s3_bucket_lifecycle_configuration\"", -1).length - 1,
                "one new configuration: " + diff.out());
        git(clean, "apply", Files.writeString(tmp.resolve("fix.diff"), diff.out()).toString());

        ScanCommandTest.Run again = run("fix", clean.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals("", again.out(), "a second fix finds nothing to do");
    }
}
