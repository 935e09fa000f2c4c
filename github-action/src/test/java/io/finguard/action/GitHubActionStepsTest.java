package io.finguard.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.action.SimulatedRunner.Event;
import io.finguard.action.SimulatedRunner.Outcome;
import io.finguard.action.SimulatedRunner.Step;
import io.finguard.action.SimulatedRunner.StepResult;
import io.finguard.testsupport.SarifSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The composite action run step by step by {@link SimulatedRunner} on a pull request: a workspace whose base
 * commit is clean and whose head adds violations, the event payload with the base and head SHAs, and the runner's
 * files. What a user sees is checked: the annotations, the job summary, the outputs, the SARIF file handed to the
 * upload step, and whether the job fails.
 */
class GitHubActionStepsTest {

    private static final Path ACTION = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path FIXTURES = ACTION.resolveSibling("fixtures");
    private static final Path JAR = Path.of(System.getProperty("finguard.jar", "../cli/target/finguard.jar"));
    private static final Pattern ANNOTATION = Pattern.compile("::(error|warning|notice) file=([^,]+),.*title=([^:]+)::.*");

    /** Files of fixtures/snippets: FG101 and FG401 (an error and a warning), FG501 only, and no finding. */
    private static final String UNTAGGED_BUCKET = snippet("bucket-untagged.tf");
    private static final String NEVER_EXPIRES = snippet("log-group-never-expires.tf");
    private static final String COMPLIANT = snippet("log-group-compliant.tf");

    private final Path workspace;
    private final Path temp;
    private final SimulatedRunner runner;
    private String base;

    GitHubActionStepsTest(@TempDir Path dir) throws IOException {
        this.workspace = Files.createDirectories(dir.resolve("workspace"));
        this.temp = Files.createDirectories(dir.resolve("runner-temp"));
        this.runner = new SimulatedRunner(ACTION);
    }

    @BeforeAll
    static void needsTheJar() {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: these tests run in 'mvn verify', after the cli "
                + "module's package phase built it (the Build step would otherwise build it with Maven)");
    }

    @Test
    void aPullRequestGetsAnnotationsSummaryOutputsAndSarifForWhatItAdds() throws Exception {
        pullRequest(Map.of("infra/main.tf", COMPLIANT),
                Map.of("infra/new.tf", UNTAGGED_BUCKET, "infra/audit.tf", NEVER_EXPIRES));
        Outcome outcome = runner.run(workspace, event(base), Map.of("path", "infra"), temp);

        StepResult scan = outcome.step("Run finguard");
        assertEquals(1, scan.exit(), scan.stderr());
        assertTrue(outcome.failed(), "fail-on-findings defaults to true");
        assertEquals(Set.of("error infra/new.tf FG101 mandatory-tags", "warning infra/new.tf FG401 s3-lifecycle",
                "warning infra/audit.tf FG501 log-retention"), annotations(scan.stdout()));

        String summary = outcome.summary();
        assertTrue(summary.startsWith("## finguard: 3 findings"), summary);
        assertTrue(summary.contains("| high | FG101 mandatory-tags | `aws_s3_bucket.data` | `infra/new.tf:1` |"),
                summary);
        assertTrue(summary.contains("""
                <details><summary>What <code>finguard fix</code> would change (2 files): run <code>finguard fix \
                --write</code> to apply it</summary>

                ```diff
                diff --git a/infra/audit.tf b/infra/audit.tf
                """), summary);
        assertTrue(summary.contains("\n+  retention_in_days = 30\n }\ndiff --git a/infra/new.tf b/infra/new.tf\n"),
                summary);
        assertTrue(summary.contains("\n+resource \"aws_s3_bucket_lifecycle_configuration\" \"data\" {\n"), summary);
        assertTrue(summary.contains("\n+}\n```\n\n</details>\n"), summary);
        assertEquals(NEVER_EXPIRES, Files.readString(workspace.resolve("infra/audit.tf")), "nothing is written");

        assertEquals("3", outcome.outputs().get("findings"));
        Path sarif = Path.of(outcome.outputs().get("sarif-file"));
        JsonNode log = validSarif(sarif);
        assertEquals(1, log.get("runs").size(), "one run, for one upload category");
        List<String> uris = new ArrayList<>();
        log.get("runs").get(0).get("results").forEach(r -> uris.add(r.get("ruleId").asText() + " " + r.get("locations")
                .get(0).get("physicalLocation").get("artifactLocation").get("uri").asText()));
        assertEquals(List.of("FG101 infra/new.tf", "FG401 infra/new.tf", "FG501 infra/audit.tf"),
                uris.stream().sorted().toList(), "code scanning places results by repository-relative paths");

        StepResult upload = outcome.step("Upload SARIF to code scanning");
        assertTrue(upload.ran(), "the upload runs although the scan step failed the job");
        assertEquals(Map.of("sarif_file", sarif.toString(), "category", "finguard"), upload.with());
    }

    @Test
    void anEnvironmentCallingModulesTwoLevelsUpIsReportedWhereTheModulesAre() throws Exception {
        Map<String, String> layout = new TreeMap<>();
        for (String file : List.of("envs/prod/main.tf", "modules/service/main.tf", "modules/logs/main.tf")) {
            layout.put(file, Files.readString(FIXTURES.resolve("environments").resolve(file)));
        }
        pullRequest(Map.of("README.md", "infra\n"), layout);
        Outcome outcome = runner.run(workspace, event(base), Map.of("path", "envs/prod"), temp);

        StepResult scan = outcome.step("Run finguard");
        assertEquals(1, scan.exit(), scan.stderr());
        assertEquals(Set.of("error modules/service/main.tf FG201 autoscaling-max-cap",
                "warning modules/logs/main.tf FG501 log-retention", "warning envs/prod/main.tf FG401 s3-lifecycle"),
                annotations(scan.stdout()), "annotations name the files from the repository's top");

        JsonNode run = validSarif(Path.of(outcome.outputs().get("sarif-file"))).get("runs").get(0);
        List<String> uris = new ArrayList<>();
        run.get("results").forEach(r -> uris.add(r.get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asText()));
        assertEquals(List.of("envs/prod/main.tf", "modules/logs/main.tf", "modules/service/main.tf"),
                uris.stream().sorted().toList());
        assertEquals(workspace.toRealPath().toUri().toString(),
                run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());

        String summary = outcome.summary();
        assertTrue(summary.contains("`modules/service/main.tf:"), summary);
        assertTrue(summary.contains("diff --git a/modules/logs/main.tf b/modules/logs/main.tf\n"), summary);
    }

    @Test
    void aLongFixDiffIsCutInTheSummary() throws Exception {
        StringBuilder groups = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            groups.append(NEVER_EXPIRES.replace("\"audit\"", "\"audit_" + i + "\"")).append('\n');
        }
        pullRequest(Map.of("main.tf", COMPLIANT), Map.of("audit.tf", groups.toString()));
        String summary = runner.run(workspace, event(base), Map.of(), temp).summary();
        String diff = summary.substring(summary.indexOf("```diff\n") + 8, summary.lastIndexOf("```"));
        assertEquals(400, diff.lines().count());
        assertTrue(summary.matches("(?s).*```\n\n…and [0-9]+ more lines: run `finguard fix` to see them all\\.\n\n"
                + "</details>\n"), summary);
    }

    @Test
    void changedOnlyLeavesOutFindingsInFilesThePullRequestDidNotTouch() throws Exception {
        pullRequest(Map.of("legacy.tf", NEVER_EXPIRES, "main.tf", COMPLIANT), Map.of("new.tf", UNTAGGED_BUCKET));
        Outcome changedOnly = runner.run(workspace, event(base), Map.of(), temp);
        assertEquals(Set.of("error new.tf FG101 mandatory-tags", "warning new.tf FG401 s3-lifecycle"),
                annotations(changedOnly.step("Run finguard").stdout()));
        assertFalse(changedOnly.summary().contains("legacy.tf"), changedOnly.summary());

        Outcome everything = runner.run(workspace, event(base), Map.of("changed-only", "false"), temp);
        assertEquals(Set.of("error new.tf FG101 mandatory-tags", "warning new.tf FG401 s3-lifecycle",
                "warning legacy.tf FG501 log-retention"), annotations(everything.step("Run finguard").stdout()));
        assertEquals("3", everything.outputs().get("findings"));
    }

    @Test
    void onAPushChangedOnlyDoesNotApplyAndEverythingIsScanned() throws Exception {
        pullRequest(Map.of("legacy.tf", NEVER_EXPIRES), Map.of("main.tf", COMPLIANT));
        Path payload = Files.writeString(temp.resolve("push.json"), "{\"after\": \"" + git("rev-parse", "HEAD")
                + "\"}");
        Outcome outcome = runner.run(workspace, new Event("push", payload), Map.of(), temp);
        StepResult scan = outcome.step("Run finguard");
        assertEquals(Set.of("warning legacy.tf FG501 log-retention"), annotations(scan.stdout()));
        assertTrue(scan.stderr().contains("a push run scans everything"), scan.stderr());
    }

    @Test
    void withFailOnFindingsFalseTheJobPassesAndStillReports() throws Exception {
        pullRequest(Map.of("main.tf", COMPLIANT), Map.of("new.tf", UNTAGGED_BUCKET));
        Outcome outcome = runner.run(workspace, event(base), Map.of("fail-on-findings", "false"), temp);
        assertFalse(outcome.failed());
        assertEquals(0, outcome.step("Run finguard").exit());
        assertEquals(2, annotations(outcome.step("Run finguard").stdout()).size());
        assertEquals("2", outcome.outputs().get("findings"));
    }

    @Test
    void aCleanPullRequestPassesWithNoAnnotations() throws Exception {
        pullRequest(Map.of("main.tf", COMPLIANT), Map.of("logs.tf", COMPLIANT.replace("\"app\"", "\"logs\"")));
        Outcome outcome = runner.run(workspace, event(base), Map.of(), temp);
        assertFalse(outcome.failed(), outcome.step("Run finguard").stderr());
        assertEquals(Set.of(), annotations(outcome.step("Run finguard").stdout()));
        assertEquals("0", outcome.outputs().get("findings"));
        assertTrue(outcome.summary().startsWith("## finguard: no findings"), outcome.summary());
        validSarif(Path.of(outcome.outputs().get("sarif-file")));
    }

    @Test
    void aBaseCommitMissingFromTheCheckoutSaysToFetchHistory() throws Exception {
        pullRequest(Map.of("main.tf", COMPLIANT), Map.of("new.tf", UNTAGGED_BUCKET));
        Outcome outcome = runner.run(workspace, event("0123456789abcdef0123456789abcdef01234567"), Map.of(), temp);
        StepResult scan = outcome.step("Run finguard");
        assertEquals(2, scan.exit());
        assertTrue(scan.stdout().contains("::error title=finguard::changed-only needs the pull request's base "
                + "commit 0123456789abcdef0123456789abcdef01234567") && scan.stdout().contains("fetch-depth: 0"),
                scan.stdout());
        assertFalse(outcome.step("Upload SARIF to code scanning").ran(), "no SARIF was written");
        assertEquals("", outcome.outputs().get("findings"));
    }

    @Test
    void uploadSarifFalseSkipsTheUpload() throws Exception {
        pullRequest(Map.of("main.tf", COMPLIANT), Map.of("new.tf", UNTAGGED_BUCKET));
        Outcome outcome = runner.run(workspace, event(base), Map.of("upload-sarif", "false"), temp);
        assertFalse(outcome.step("Upload SARIF to code scanning").ran());
        assertTrue(outcome.step("Run finguard").ran());
    }

    @Test
    void javaIsSetUpAsAskedAndMavenIsCachedUnderAKeyOfTheActionsPoms() throws Exception {
        pullRequest(Map.of("main.tf", COMPLIANT), Map.of("logs.tf", COMPLIANT));
        Outcome outcome = runner.run(workspace, event(base), Map.of("java-version", "21"), temp);
        assertEquals(Map.of("distribution", "temurin", "java-version", "21"),
                outcome.step("Set up Java for finguard").with());
        Map<String, String> cache = outcome.step("Cache finguard's Maven dependencies").with();
        assertEquals("~/.m2/repository", cache.get("path"));
        assertTrue(cache.get("key").matches("finguard-maven-Linux-java21-[0-9a-f]{20}"), cache.get("key"));
        assertEquals("finguard-maven-Linux-java21-", cache.get("restore-keys"));
        StepResult build = outcome.step("Build finguard");
        assertEquals(0, build.exit(), build.stderr());
        assertTrue(build.stdout().startsWith("finguard "), build.stdout());
    }

    @Test
    void runStepsAreOneLineScriptCallsThatTakeInputsOnlyThroughTheEnvironment() {
        for (Step step : runner.steps()) {
            if (step.run() == null) {
                continue;
            }
            Matcher m = Pattern.compile("bash \"\\$\\{\\{ github\\.action_path }}/(scripts/[a-z-]+\\.sh)\"")
                    .matcher(step.run().strip());
            assertTrue(m.matches(), step.name() + ": " + step.run());
            assertTrue(Files.isRegularFile(ACTION.resolve(m.group(1))), m.group(1));
        }
    }

    private static String snippet(String name) {
        try {
            return Files.readString(FIXTURES.resolve("snippets").resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "level file title" of each workflow command on stdout. */
    private static Set<String> annotations(String stdout) {
        Set<String> out = new TreeSet<>();
        for (String line : stdout.lines().toList()) {
            Matcher m = ANNOTATION.matcher(line);
            if (m.matches()) {
                out.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
            } else {
                assertFalse(line.startsWith("::"), "an unexpected workflow command: " + line);
            }
        }
        return out;
    }

    /** A repository with {@code baseFiles} committed (the base), then {@code headFiles} committed on top (HEAD). */
    private void pullRequest(Map<String, String> baseFiles, Map<String, String> headFiles) throws Exception {
        git("init", "-q");
        commit(baseFiles, "base");
        base = git("rev-parse", "HEAD");
        commit(headFiles, "head");
    }

    private void commit(Map<String, String> files, String message) throws Exception {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = workspace.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
        git("add", "-A");
        git("commit", "-q", "-m", message);
    }

    private Event event(String baseSha) throws Exception {
        String payload = "{\"pull_request\": {\"base\": {\"sha\": \"" + baseSha + "\"}, \"head\": {\"sha\": \""
                + git("rev-parse", "HEAD") + "\"}}}";
        return new Event("pull_request", Files.writeString(temp.resolve("event.json"), payload));
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=finguard test", "-c",
                "user.email=test@finguard.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workspace.toFile()).redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0, command + ": " + out);
        return out.strip();
    }

    /** The file parsed, after checking it against the OASIS SARIF 2.1.0 schema. */
    private static JsonNode validSarif(Path file) throws IOException {
        JsonNode document = new ObjectMapper().readTree(file.toFile());
        SarifSchema.load().assertValid(document, file.toString());
        return document;
    }
}
