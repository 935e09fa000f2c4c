package io.finguard.engine;

import io.finguard.api.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which finguard.yml a scan uses ({@code --config}): found from the paths up to the git root, or given. */
class ConfigDiscoveryTest {

    private static final String DISABLE_FG902 = "severity-threshold: high\nrules:\n  FG902: {enabled: false}\n";
    private static final String BUCKET = "resource \"aws_s3_bucket\" \"b\" {}\n";

    private final Path tmp;
    private final Workspace ws;

    ConfigDiscoveryTest(@TempDir Path tmp) {
        this.tmp = tmp;
        this.ws = new Workspace(tmp);
    }

    private ScanResult scan(Path path) throws ScanSetupException {
        return ws.scan(ScanRequest.builder().path(path));
    }

    private static Set<String> rulesReported(ScanResult r) {
        return Set.copyOf(r.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void configInTheScannedDirectoryIsUsed() throws Exception {
        ws.write("main.tf", BUCKET);
        ws.write("finguard.yml", DISABLE_FG902);
        ScanResult r = scan(tmp);
        assertEquals(Set.of("FG901"), rulesReported(r));
        assertEquals(Severity.HIGH, r.threshold());
    }

    @Test
    void configInAParentDirectoryIsUsed() throws Exception {
        ws.write("envs/prod/main.tf", BUCKET);
        ws.write("finguard.yml", DISABLE_FG902);
        assertEquals(Set.of("FG901"), rulesReported(scan(tmp.resolve("envs/prod"))));
    }

    @Test
    void nearestConfigWins() throws Exception {
        ws.write("envs/prod/main.tf", BUCKET);
        ws.write("finguard.yml", DISABLE_FG902);
        ws.write("envs/finguard.yml", "rules:\n  FG901: {enabled: false}\n");
        assertEquals(Set.of("FG902"), rulesReported(scan(tmp.resolve("envs/prod"))));
    }

    @Test
    void searchStopsAtTheGitRoot() throws Exception {
        ws.write("finguard.yml", DISABLE_FG902); // above the inner repository: not its config
        Files.createDirectories(tmp.resolve("inner/.git"));
        ws.write("inner/app/main.tf", BUCKET);
        ScanResult r = scan(tmp.resolve("inner/app"));
        assertEquals(Set.of("FG901", "FG902"), rulesReported(r));
        assertEquals(Severity.LOW, r.threshold());
    }

    @Test
    void aGitFileMarksTheRootOfAWorktree() throws Exception {
        ws.write("finguard.yml", DISABLE_FG902);
        ws.write("worktree/.git", "gitdir: /somewhere/else\n");
        ws.write("worktree/main.tf", BUCKET);
        assertEquals(Set.of("FG901", "FG902"), rulesReported(scan(tmp.resolve("worktree"))));
    }

    @Test
    void configAtTheGitRootItselfIsFound() throws Exception {
        Files.createDirectories(tmp.resolve("repo/.git"));
        ws.write("repo/finguard.yml", DISABLE_FG902);
        ws.write("repo/a/b/main.tf", BUCKET);
        assertEquals(Set.of("FG901"), rulesReported(scan(tmp.resolve("repo/a/b"))));
    }

    @Test
    void explicitConfigWinsOverADiscoveredOne() throws Exception {
        ws.write("main.tf", BUCKET);
        ws.write("finguard.yml", DISABLE_FG902);
        Path other = ws.write("ci/strict.yml", "rules:\n  FG901: {enabled: false}\n");
        ScanResult r = ws.scan(ScanRequest.builder().path(tmp).config(other));
        assertEquals(Set.of("FG902"), rulesReported(r));
        assertEquals(Severity.LOW, r.threshold());
    }

    @Test
    void noConfigMeansBuiltInDefaults() throws Exception {
        ws.write("main.tf", BUCKET);
        ScanResult r = scan(tmp);
        assertEquals(Set.of("FG901", "FG902"), rulesReported(r));
        assertEquals(Severity.LOW, r.threshold());
        assertEquals(ScanConfig.DEFAULTS, ws.service.config(null, List.of(tmp), tmp));
    }

    @Test
    void namedFilesInSeveralDirectoriesSearchFromTheirCommonDirectory() throws Exception {
        Path a = ws.write("stacks/a/main.tf", BUCKET);
        Path b = ws.write("stacks/b/main.tf", BUCKET);
        ws.write("stacks/a/finguard.yml", "rules:\n  FG901: {enabled: false}\n"); // only a's: not for both
        ws.write("stacks/finguard.yml", DISABLE_FG902);
        ScanResult r = ws.scan(ScanRequest.builder().paths(List.of(a, b)).root(tmp));
        assertEquals(Set.of("FG901"), rulesReported(r));
    }

    @Test
    void invalidDiscoveredConfigIsAConfigErrorNamingFileLineAndKey() {
        ws.write("main.tf", BUCKET);
        ws.write("finguard.yml", "severity-threshold: high\nrules:\n  FG901:\n    maximum: 3\n");
        ConfigException e = assertThrows(ConfigException.class, () -> scan(tmp));
        assertEquals(tmp.resolve("finguard.yml").toString(), e.file());
        assertEquals(4, e.line());
        assertEquals("rules.FG901.maximum", e.key());
    }

    @Test
    void missingExplicitConfigIsAConfigError() {
        ws.write("main.tf", BUCKET);
        ConfigException e = assertThrows(ConfigException.class,
                () -> ws.scan(ScanRequest.builder().path(tmp).config(tmp.resolve("nope.yml"))));
        assertTrue(e.getMessage().contains("nope.yml"), e.getMessage());
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }
}
