package io.finguard.engine;

import io.finguard.api.Severity;
import io.finguard.terraform.LoadError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library entry point as the CLI, the Maven plugin and the Action use it. */
class ScanServiceTest {

    private final Path tmp;
    private final Workspace ws;

    ScanServiceTest(@TempDir Path tmp) {
        this.tmp = tmp;
        this.ws = new Workspace(tmp);
    }

    private static List<String> located(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.resource() + " @ " + f.file() + ":" + f.line())
                .toList();
    }

    @Test
    void namedFilesAreTheOnlyOnesReportedWhileTheirDirectoriesGiveContext() throws Exception {
        ws.write("app/variables.tf", "variable \"name\" { default = \"logs\" }\n");
        Path main = ws.write("app/main.tf", """
                resource "aws_s3_bucket" "named" {
                  bucket = var.name
                }
                module "store" {
                  source = "../store"
                }
                """);
        ws.write("app/other.tf", "resource \"aws_s3_bucket\" \"sibling\" {}\n");
        ws.write("store/main.tf", "resource \"aws_s3_bucket\" \"in_module\" {}\n");
        ScanResult r = ws.scan(ScanRequest.builder().path(main).root(tmp).onlyRules(Set.of("FG901")));
        assertEquals(List.of("FG901 aws_s3_bucket.named @ app/main.tf:1"), located(r.findings()));
        assertEquals(1, r.resources());
        assertEquals(1, r.files());
    }

    @Test
    void aNamedModuleFileIsEvaluatedThroughItsCallerAsInAFullScan() throws Exception {
        ws.write("main.tf", """
                # finguard:ignore FG902 reason="the store module is reviewed as a whole"
                module "store" {
                  source = "./store"
                  name   = "logs"
                }
                """);
        Path module = ws.write("store/main.tf", """
                variable "name" {}
                resource "aws_s3_bucket" "in_module" {
                  bucket = var.name
                }
                """);
        ScanResult r = ws.scan(ScanRequest.builder().path(module).root(tmp));
        assertEquals(List.of("FG901 module.store.aws_s3_bucket.in_module @ store/main.tf:2"), located(r.findings()));
        assertEquals(List.of("FG902 module.store.aws_s3_bucket.in_module @ store/main.tf:2"),
                located(r.suppressed()), "the caller's comment applies though its file was not named");
        assertEquals(List.of(), r.unverified());
    }

    @Test
    void outsideAGitRepositoryOnlyTheNamedFilesDirectoriesAreLoaded(@TempDir Path bare) throws Exception {
        Files.writeString(bare.resolve("main.tf"), "module \"store\" {\n  source = \"./store\"\n}\n");
        Files.createDirectories(bare.resolve("store"));
        Path module = Files.writeString(bare.resolve("store/main.tf"), "resource \"aws_s3_bucket\" \"b\" {}\n");
        ScanResult r = ws.service.scan(ScanRequest.builder().path(module).root(bare).onlyRules(Set.of("FG901"))
                .build());
        assertEquals(List.of("FG901 aws_s3_bucket.b @ store/main.tf:1"), located(r.findings()));
    }

    @Test
    void aNamedDirectoryBesideNamedFilesIsReportedWhole() throws Exception {
        Path one = ws.write("one/main.tf", "resource \"aws_s3_bucket\" \"a\" {}\n");
        ws.write("one/extra.tf", "resource \"aws_s3_bucket\" \"skipped\" {}\n");
        ws.write("two/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n");
        ws.write("two/deeper/main.tf", "resource \"aws_s3_bucket\" \"c\" {}\n");
        ScanResult r = ws.scan(ScanRequest.builder().path(one).path(tmp.resolve("two")).root(tmp)
                .onlyRules(Set.of("FG901")));
        assertEquals(List.of("FG901 aws_s3_bucket.a @ one/main.tf:1", "FG901 aws_s3_bucket.c @ two/deeper/main.tf:1",
                "FG901 aws_s3_bucket.b @ two/main.tf:1"), located(r.findings()));
    }

    @Test
    void aNamedTfvarsFileReportsTheRootModuleItSetsValuesFor() throws Exception {
        String caller = """
                variable "name" {}
                resource "aws_s3_bucket" "own" {
                  bucket = var.name
                }
                module "store" {
                  source = "../../modules/store"
                }
                """;
        ws.write("envs/prod/main.tf", caller);
        Path prodVars = ws.write("envs/prod/terraform.tfvars", "name = \"prod-logs\"\n");
        ws.write("envs/dev/main.tf", caller);
        ws.write("envs/dev/terraform.tfvars", "name = \"dev-logs\"\n");
        ws.write("modules/store/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n");
        ScanResult whole = ws.scan(ScanRequest.builder().path(tmp).onlyRules(Set.of("FG901")));
        assertEquals(3, whole.findings().size(), "the module's block is one place with both roots' instances");
        assertEquals(4, instancePrints(whole).size());
        ScanResult r = ws.scan(ScanRequest.builder().path(prodVars).root(tmp).onlyRules(Set.of("FG901")));
        assertEquals(List.of("FG901 aws_s3_bucket.own @ envs/prod/main.tf:2",
                "FG901 module.store.aws_s3_bucket.b @ modules/store/main.tf:1"), located(r.findings()));
        // the module file is shared by both roots under the same address: only prod's finding is reported
        Set<String> prodPrints = Set.copyOf(instancePrints(r));
        assertEquals(2, instancePrints(whole).stream().filter(prodPrints::contains).count());
        assertEquals(2, r.resources());
    }

    /** The fingerprints of every instance of the findings: what identifies one root's instance of a module. */
    private static List<String> instancePrints(ScanResult r) {
        return r.findings().stream().flatMap(f -> f.instances().stream()).map(FindingInstance::fingerprint).toList();
    }

    @Test
    void aBrokenNamedTfvarsFileIsAnErrorWithItsLine() throws Exception {
        ws.write("main.tf", "variable \"name\" {}\n");
        Path vars = ws.write("terraform.tfvars", "name = \"a\"\nsize = = 3\n");
        ScanResult r = ws.scan(ScanRequest.builder().path(vars).root(tmp));
        assertEquals(List.of("terraform.tfvars:2"), r.errors().stream().map(e -> e.file() + ":" + e.line()).toList());
        assertTrue(r.failed());
    }

    @Test
    void errorsAndSuppressionsOfUnnamedFilesAreLeftOutToo() throws Exception {
        Path main = ws.write("main.tf", """
                # finguard:ignore FG901 reason="reviewed"
                resource "aws_s3_bucket" "a" {}
                """);
        ws.write("broken.tf", "resource \"aws_s3_bucket\" \"x\" {\n  bucket = = 1\n}\n");
        ws.write("other.tf", "# finguard:ignore FG901\nresource \"aws_s3_bucket\" \"b\" {}\n");
        ScanResult whole = ws.scan(ScanRequest.builder().path(tmp).onlyRules(Set.of("FG901")));
        assertEquals(Set.of("broken.tf", "other.tf"), Set.copyOf(whole.errors().stream().map(LoadError::file)
                .toList()));
        ScanResult narrowed = ws.scan(ScanRequest.builder().path(main).root(tmp).onlyRules(Set.of("FG901")));
        assertEquals(List.of(), narrowed.errors());
        assertEquals(List.of(), narrowed.findings());
        assertEquals(List.of("FG901 aws_s3_bucket.a @ main.tf:2"), located(narrowed.suppressed()));
        assertFalse(narrowed.failed());
    }

    @Test
    void excludePathsFromTheConfigAreNotLoaded() throws Exception {
        ws.write("finguard.yml", "exclude-paths: [\"**/examples/**\"]\n");
        ws.write("main.tf", "resource \"aws_s3_bucket\" \"real\" {}\n");
        ws.write("examples/main.tf", "resource \"aws_s3_bucket\" \"example\" {}\n");
        ws.write("modules/x/examples/basic/main.tf", "resource \"aws_s3_bucket\" \"nested_example\" {}\n");
        ScanResult r = ws.scan(ScanRequest.builder().path(tmp).onlyRules(Set.of("FG901")));
        assertEquals(List.of("FG901 aws_s3_bucket.real @ main.tf:1"), located(r.findings()));
    }

    @Test
    void thresholdOptionOverridesTheConfiguredOne() throws Exception {
        ws.write("finguard.yml", "severity-threshold: critical\n");
        ws.write("main.tf", "resource \"aws_s3_bucket\" \"a\" {}\n");
        ScanResult configured = ws.scan();
        assertEquals(Severity.CRITICAL, configured.threshold());
        assertFalse(configured.failed(), "FG901 is high, below critical");
        ScanResult overridden = ws.scan(ScanRequest.builder().path(tmp).threshold(Severity.HIGH));
        assertEquals(Severity.HIGH, overridden.threshold());
        assertTrue(overridden.failed());
    }

    @Test
    void ruleAndSkipRuleSelectRules() throws Exception {
        ws.write("main.tf", "resource \"aws_s3_bucket\" \"a\" {}\n");
        assertEquals(Set.of("FG902"), Set.copyOf(ws.scan(ScanRequest.builder().path(tmp)
                .skipRules(Set.of("FG901"))).findings().stream().map(Finding::ruleId).toList()));
        assertEquals(Set.of("FG901"), Set.copyOf(ws.scan(ScanRequest.builder().path(tmp)
                .onlyRules(Set.of("FG901"))).findings().stream().map(Finding::ruleId).toList()));
    }

    @Test
    void unknownRuleIdOnTheCommandLineIsASetupError() {
        ws.write("main.tf", "resource \"aws_s3_bucket\" \"a\" {}\n");
        ScanSetupException e = assertThrows(ScanSetupException.class,
                () -> ws.scan(ScanRequest.builder().path(tmp).onlyRules(Set.of("FG999"))));
        assertEquals("--rule: unknown rule FG999 (known: FG901, FG902)", e.getMessage());
        e = assertThrows(ScanSetupException.class,
                () -> ws.scan(ScanRequest.builder().path(tmp).skipRules(Set.of("FG1"))));
        assertTrue(e.getMessage().startsWith("--skip-rule: unknown rule FG1"), e.getMessage());
    }

    @Test
    void missingInputsAreASetupErrorNamingThem() {
        ScanSetupException e = assertThrows(ScanSetupException.class, () -> ws.scan(ScanRequest.builder()
                .path(tmp.resolve("nope")).varFiles(List.of(tmp.resolve("prod.tfvars")))));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
        assertTrue(e.getMessage().contains("prod.tfvars"), e.getMessage());
    }

    @Test
    void syntaxErrorIsAnErrorEntryWhileOtherFilesAreStillChecked() throws Exception {
        ws.write("good.tf", "resource \"aws_s3_bucket\" \"ok\" {}\n");
        ws.write("bad.tf", "\n\nresource \"aws_s3_bucket\" \"broken\" {\n  bucket = = \"x\"\n}\n");
        ScanResult r = ws.scan(ScanRequest.builder().path(tmp).onlyRules(Set.of("FG901")));
        assertEquals(List.of("FG901 aws_s3_bucket.ok @ good.tf:1"), located(r.findings()));
        assertEquals(1, r.errors().size());
        assertEquals("bad.tf", r.errors().get(0).file());
        assertEquals(4, r.errors().get(0).line());
    }

    @Test
    void planValuesWithHclLocationsAreSuppressedByTheHclComments() throws Exception {
        Path plan = tmp.resolve("plan.json");
        try (var in = getClass().getResourceAsStream("/plans/minimal.json")) {
            Files.copy(in, plan);
        }
        ws.write("main.tf", """
                # finguard:ignore FG901 reason="data bucket, reviewed"
                resource "aws_s3_bucket" "data" {
                  bucket = "acme-data"
                }
                """);
        ScanResult r = ws.scan(ScanRequest.builder().path(tmp).plan(plan));
        assertEquals(List.of("FG902 aws_s3_bucket.data @ main.tf:2"), located(r.findings()));
        assertEquals(List.of("FG901 aws_s3_bucket.data @ main.tf:2"), located(r.suppressed()));
    }

    @Test
    void aPlanAloneIsScannedWithoutLocations() throws Exception {
        Path plan = tmp.resolve("plan.json");
        try (var in = getClass().getResourceAsStream("/plans/minimal.json")) {
            Files.copy(in, plan);
        }
        ScanResult r = ws.scan(ScanRequest.builder().plan(plan).root(tmp).onlyRules(Set.of("FG901")));
        assertEquals(List.of("FG901 aws_s3_bucket.data @ null:0"), located(r.findings()));
    }

    @Test
    void noPathMeansTheCurrentDirectory() {
        ScanRequest request = ScanRequest.builder().build();
        assertEquals(List.of(Path.of(".")), request.paths());
        assertEquals(Path.of("").toAbsolutePath(), request.root());
        assertEquals(List.of(), ScanRequest.builder().plan(Path.of("plan.json")).build().paths());
    }
}
