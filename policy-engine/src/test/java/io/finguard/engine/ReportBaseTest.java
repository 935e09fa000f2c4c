package io.finguard.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Report paths from one base: the git top level holding the scan root, else the scan root with {@code ../}. */
class ReportBaseTest {

    @TempDir
    Path tmp;

    @Test
    void insideARepositoryPathsStartAtItsTop() throws IOException {
        Files.createDirectories(tmp.resolve(".git"));
        Path prod = Files.createDirectories(tmp.resolve("envs/prod"));
        ReportBase base = ReportBase.of(prod);
        assertEquals(tmp.toAbsolutePath().normalize(), base.dir());
        assertTrue(base.isRepository());
        assertEquals("envs/prod/main.tf", base.path("main.tf"));
        assertEquals("envs/prod/sub/x.tf", base.path("sub\\x.tf"), "separators are normalised first");
        assertEquals("modules/compute/main.tf", base.path(tmp.resolve("modules/compute/main.tf").toString()),
                "a module above the scan root, which the scan names absolutely");
        assertEquals("envs/prod", base.path("."));
    }

    @Test
    void outsideARepositoryModulesAboveTheScanRootGetDotDot() throws IOException {
        Path prod = Files.createDirectories(tmp.resolve("envs/prod"));
        ReportBase base = ReportBase.of(prod);
        assertEquals(prod.toAbsolutePath().normalize(), base.dir());
        assertFalse(base.isRepository());
        assertEquals("main.tf", base.path("./main.tf"));
        assertEquals("../../modules/compute/main.tf",
                base.path(tmp.resolve("modules/compute/main.tf").toString()));
    }

    @Test
    void noFileOrNoRootLeavesThePathAsTheScanHasIt() {
        assertNull(ReportBase.of(tmp).path(null));
        assertNull(ReportBase.of(tmp).path(""));
        assertEquals("a/b.tf", ReportBase.NONE.path("a\\b.tf"));
        assertEquals(ReportBase.NONE, ReportBase.of(null));
    }
}
