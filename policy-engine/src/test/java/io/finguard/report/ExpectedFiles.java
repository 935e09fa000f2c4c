package io.finguard.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Stored expected reports under {@code src/test/resources/reports/expected/}. After an intended change of a
 * report, run the tests once with {@code -Dfinguard.updateExpected=true} and review the diff of those files.
 */
final class ExpectedFiles {

    private ExpectedFiles() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        if (Boolean.getBoolean("finguard.updateExpected")) {
            Path file = Path.of(System.getProperty("basedir", "."), "src/test/resources/reports/expected", name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = ExpectedFiles.class.getClassLoader().getResourceAsStream("reports/expected/" + name)) {
            assertNotNull(in, "no expected file reports/expected/" + name
                    + " (run with -Dfinguard.updateExpected=true to write it, then review it)");
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, "report differs from " + name);
        }
    }
}
