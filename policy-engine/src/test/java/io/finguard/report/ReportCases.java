package io.finguard.report;

import io.finguard.api.Fix;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.api.TextEdit;
import io.finguard.engine.Finding;
import io.finguard.engine.FindingInstance;
import io.finguard.engine.ReportBase;
import io.finguard.engine.RuleCoverage;
import io.finguard.engine.RuleCoverage.CheckedResource;
import io.finguard.engine.ModuleNotLoaded;
import io.finguard.engine.ScanResult;
import io.finguard.engine.UnusedSuppression;
import io.finguard.hcl.SourceFile;
import io.finguard.terraform.LoadError;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Scan results built by hand (no rules run) for the renderer tests, each named after its expected files under
 * {@code reports/expected/}. Lines point into {@code reports/project/}, which the text report reads excerpts from.
 */
final class ReportCases {

    record Case(String name, ScanResult result) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String VERSION = "1.2.3-test";

    private ReportCases() {
    }

    static List<Case> all() {
        return List.of(
                new Case("empty", result(List.of(), List.of(), List.of(), 0)),
                new Case("several-files", result(List.of(
                        finding("FG101", "mandatory-tags", Severity.HIGH, "aws_s3_bucket.logs", "main.tf", 7, 9,
                                "Missing required tags: Team, Environment, CostCenter, Owner.", true, "9f1c2a"),
                        finding("FG501", "log-retention", Severity.MEDIUM, "aws_cloudwatch_log_group.app",
                                "main.tf", 14, 14, "retention_in_days = 0 never expires: set at most 30 (prod).",
                                true, "3b7e01"),
                        finding("FG201", "autoscaling-max-cap", Severity.CRITICAL,
                                "aws_autoscaling_group.workers", "main.tf", 20, 20,
                                "max_size 50 is above the cap of 20.", true, "c0ffee"),
                        finding("FG502", "lambda-log-group", Severity.LOW, "module.data.aws_lambda_function.etl",
                                "modules/data/main.tf", 6, 12,
                                "No managed log group /aws/lambda/etl: Lambda creates one that never expires.", false,
                                "77aa01")),
                        List.of(), List.of(), 2, List.of(
                                coverage("FG101", "mandatory-tags",
                                        checked("aws_s3_bucket.logs", "main.tf", 5, null),
                                        checked("aws_cloudwatch_log_group.app", "main.tf", 12, null),
                                        checked("aws_autoscaling_group.workers", "main.tf", 17, null)),
                                coverage("FG201", "autoscaling-max-cap",
                                        checked("aws_autoscaling_group.workers", "main.tf", 17, null)),
                                coverage("FG401", "s3-lifecycle"),
                                coverage("FG501", "log-retention",
                                        checked("aws_cloudwatch_log_group.app", "main.tf", 12, null)),
                                coverage("FG502", "lambda-log-group",
                                        checked("module.data.aws_lambda_function.etl", "modules/data/main.tf", 6,
                                                null))))),
                new Case("suppressed", result(List.of(
                        finding("FG101", "mandatory-tags", Severity.HIGH, "aws_s3_bucket.logs", "main.tf", 7, 9,
                                "Missing required tags: Team.", true, "9f1c2a")),
                        List.of(suppressed("FG401", "s3-lifecycle", Severity.MEDIUM,
                                "module.data.aws_s3_bucket.archive", "modules/data/main.tf", 2, 2,
                                "Bucket has no lifecycle configuration.", "41d0aa",
                                new Finding.Suppression("archive bucket, lifecycle managed by the data team",
                                        "2027-06-30", "modules/data/main.tf", 1)),
                                suppressed("FG101", "mandatory-tags", Severity.HIGH,
                                        "module.data.aws_s3_bucket.archive", "modules/data/main.tf", 2, 2,
                                        "Missing required tags: Owner.", "52e1bb",
                                        new Finding.Suppression("owner is set by the account baseline", null,
                                                "modules/data/main.tf", 1))),
                        List.of(), 0)),
                new Case("errors", result(List.of(
                        finding("FG501", "log-retention", Severity.MEDIUM, "aws_cloudwatch_log_group.app",
                                "main.tf", 14, 14, "retention_in_days = 0 never expires.", true, "3b7e01")),
                        List.of(),
                        List.of(new LoadError("broken.tf", 3, "Expected an expression after \"=\"."),
                                new LoadError("modules/gone", 0, "Local module directory not found."),
                                new LoadError(null, 0, "Rule FG999 failed: NullPointerException")),
                        0)),
                new Case("escaping", result(List.of(
                        finding("FG101", "mandatory-tags", Severity.HIGH, "aws_s3_bucket.this[\"a \\\"quoted\\\" key\"]",
                                "main.tf", 5, 5,
                                "Tag \"Owner\" is empty\nexpected e.g. \"Jürgen\", \"日本\" or \"🚀\"\tC:\\temp\\x"
                                        + " \u001B[2J </script> & 'single'", false, "e5c4a9")),
                        List.of(), List.of(new LoadError("broken.tf", 3, "Unexpected \"}\"\nnear \u00abx\u00bb")), 0)),
                new Case("paths", result(List.of(
                        finding("FG502", "lambda-log-group", Severity.LOW, "module.data.aws_lambda_function.etl",
                                "modules\\data\\main.tf", 8, 11, "Windows-style path; the excerpt has a tab and an escape.",
                                false, "77aa01"),
                        finding("FG501", "log-retention", Severity.MEDIUM, "aws_cloudwatch_log_group.prod",
                                ".\\env files\\données #1.tf", 3, 3, "A path that needs percent-encoding.", true,
                                "88bb02")),
                        List.of(), List.of(new LoadError("modules\\broken\\main.tf", 2, "Unclosed block.")), 0)),
                new Case("plan-only", result(List.of(
                        finding("FG201", "autoscaling-max-cap", Severity.HIGH,
                                "module.workers.aws_autoscaling_group.this[0]", null, 0, 0,
                                "max_size 40 is above the cap of 20.", false, "aa11bb"),
                        finding("FG101", "mandatory-tags", Severity.HIGH, "aws_s3_bucket.logs", "main.tf", 5, 5,
                                "Missing required tags: Team.", true, "9f1c2a")),
                        List.of(), List.of(), 3)),
                new Case("unverified", result(List.of(
                        finding("FG101", "mandatory-tags", Severity.HIGH, "aws_instance.unknown_1", "main.tf", 3, 3,
                                "cannot be verified: unknown value of tags", false, "0d1e2f")),
                        List.of(), List.of(), 2, List.of(
                                coverage("FG101", "mandatory-tags",
                                        checked("aws_instance.unknown_0", "main.tf", 1, "unknown value of tags"),
                                        checked("aws_instance.unknown_1", "main.tf", 3, "unknown value of tags"),
                                        checked("aws_s3_bucket.logs", "main.tf", 5, null)),
                                coverage("FG201", "autoscaling-max-cap",
                                        checked("aws_autoscaling_group.workers", "main.tf", 17,
                                                "unknown value of max_size (var.max)"))))),
                new Case("fix", result(fixed(), List.of(), List.of(), 0)),
                new Case("unused-suppressions", unused(false)),
                new Case("unused-suppressions-strict", unused(true)),
                new Case("modules-not-loaded", notLoaded()),
                new Case("instances", result(instances(), List.of(), List.of(), 0, List.of(
                        coverage("FG502", "lambda-log-group",
                                checked("module.etl[\"a\"].aws_lambda_function.etl", "modules/data/main.tf", 6, null),
                                checked("module.etl[\"b\"].aws_lambda_function.etl", "modules/data/main.tf", 6, null),
                                checked("module.etl[\"c\"].aws_lambda_function.etl", "modules/data/main.tf", 6, null),
                                checked("module.etl[\"a\"].aws_lambda_function.etl", "modules/data/main.tf", 6, null),
                                checked("module.wrap.module.other.aws_lambda_function.etl", "modules/data/main.tf", 6,
                                        null)),
                        coverage("FG401", "s3-lifecycle",
                                checked("module.etl[\"a\"].aws_s3_bucket.archive", "modules/data/main.tf", 2,
                                        null))))));
    }

    /**
     * A place with five instances (three of a {@code for_each} module call in one root, one of the same call in a
     * second root, and one through a nested call), as {@link io.finguard.engine.ScanService} groups them; and a
     * place with one instance inside a module, whose call is still shown.
     */
    private static List<Finding> instances() {
        FindingInstance.Call envA = new FindingInstance.Call("envs/a/main.tf", 4);
        FindingInstance.Call envB = new FindingInstance.Call("envs/b/main.tf", 1);
        FindingInstance.Call nested = new FindingInstance.Call("modules/wrapper/main.tf", 3);
        List<FindingInstance> lambdas = List.of(
                instance("module.etl[\"a\"].aws_lambda_function.etl", "envs/a", "e1", envA),
                instance("module.etl[\"b\"].aws_lambda_function.etl", "envs/a", "e2", envA),
                instance("module.etl[\"c\"].aws_lambda_function.etl", "envs/a", "e3", envA),
                instance("module.etl[\"a\"].aws_lambda_function.etl", "envs/b", "e4", envB),
                instance("module.wrap.module.other.aws_lambda_function.etl", "envs/b", "e5",
                        new FindingInstance.Call("envs/b/main.tf", 9), nested));
        Finding lambda = finding("FG502", "lambda-log-group", Severity.MEDIUM, lambdas.get(0).address(),
                "modules/data/main.tf", 6, 12, "No managed log group /aws/lambda/etl.", false, "5a5a5a");
        Finding bucket = finding("FG401", "s3-lifecycle", Severity.MEDIUM, "module.etl[\"a\"].aws_s3_bucket.archive",
                "modules/data/main.tf", 2, 2, "Bucket has no lifecycle configuration.", false, "6b6b6b");
        return List.of(withInstances(bucket, List.of(instance(bucket.resource(), "envs/a", "b1", envA))),
                withInstances(lambda, lambdas));
    }

    private static FindingInstance instance(String address, String root, String fingerprint,
                                            FindingInstance.Call... via) {
        String block = address.substring(address.lastIndexOf('.', address.lastIndexOf('.') - 1) + 1);
        return new FindingInstance(address, root, List.of(via), fingerprint, block);
    }

    private static Finding withInstances(Finding f, List<FindingInstance> instances) {
        return new Finding(f.ruleId(), f.rule(), f.severity(), f.resource(), f.resourceType(), f.file(), f.line(),
                f.endLine(), f.message(), f.fixable(), f.fingerprint(), null, null, null, instances);
    }

    /** One finding, and two suppression comments of {@code reports/project/modules/data/main.tf} that hid nothing. */
    private static ScanResult unused(boolean strict) {
        ScanResult r = result(List.of(
                finding("FG101", "mandatory-tags", Severity.HIGH, "aws_s3_bucket.logs", "main.tf", 7, 9,
                        "Missing required tags: Team.", true, "9f1c2a")), List.of(), List.of(), 0);
        return new ScanResult(r.findings(), r.suppressed(), r.errors(), r.files(), r.resources(), r.unverified(),
                r.threshold(), r.coverage(), 0, List.of(
                new UnusedSuppression("modules/data/main.tf", 1, List.of("FG401"),
                        "archive bucket, lifecycle managed by the data team", strict),
                new UnusedSuppression("modules\\data\\main.tf", 5, List.of("FG101", "FG501"), "legacy", strict)),
                List.of());
    }

    /** One finding, and a registry module call that terraform init has not installed: nothing in it checked. */
    private static ScanResult notLoaded() {
        ScanResult r = result(List.of(
                finding("FG101", "mandatory-tags", Severity.HIGH, "aws_s3_bucket.logs", "main.tf", 7, 9,
                        "Missing required tags: Team.", true, "9f1c2a")), List.of(), List.of(), 0);
        return new ScanResult(r.findings(), r.suppressed(), r.errors(), r.files(), r.resources(), r.unverified(),
                r.threshold(), r.coverage(), 0, List.of(), List.of(
                new ModuleNotLoaded("module.vpc", "terraform-aws-modules/vpc/aws", "main.tf", 1)));
    }

    /**
     * Findings whose rules built fixes, as edits on {@code reports/project/main.tf}: a replacement, two insertions
     * given out of order, and a replacement with a deletion; and one finding without a fix, with the reason.
     */
    private static List<Finding> fixed() {
        SourceFile main;
        try {
            main = new SourceFile("main.tf", Files.readString(projectRoot().resolve("main.tf")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = main.text();
        int zero = text.indexOf("= 0") + 2;
        int tagsEnd = text.indexOf("  }\n}");
        int project = text.indexOf("    Project");
        int fifty = text.indexOf("50");
        int desired = text.indexOf("  desired_capacity");
        Fix retention = Fix.of("set retention_in_days to 30", new TextEdit(main, zero, zero + 1, "30"));
        Fix tags = Fix.of("add tags Team and CostCenter", TextEdit.insert(main, tagsEnd, "    Team = \"ml\"\n"),
                TextEdit.insert(main, project, "    CostCenter = \"cc-100\"\n"));
        Fix cap = Fix.of("set max_size to 20 and drop desired_capacity", new TextEdit(main, fifty, fifty + 2, "20"),
                new TextEdit(main, desired, text.indexOf('\n', desired) + 1, ""));
        return List.of(
                withFix(finding("FG101", "mandatory-tags", Severity.HIGH, "aws_s3_bucket.logs", "main.tf", 7, 9,
                        "Missing required tags: Team, CostCenter.", true, "9f1c2a"), tags),
                withFix(finding("FG501", "log-retention", Severity.MEDIUM, "aws_cloudwatch_log_group.app", "main.tf",
                        14, 14, "retention_in_days = 0 never expires: set at most 30 (prod).", true, "3b7e01"),
                        retention),
                withFix(finding("FG201", "autoscaling-max-cap", Severity.HIGH, "aws_autoscaling_group.workers",
                        "main.tf", 20, 20, "max_size 50 is above the cap of 20.", true, "c0ffee"), cap),
                declined(finding("FG101", "mandatory-tags", Severity.HIGH, "aws_cloudwatch_log_group.app", "main.tf",
                        12, 12, "Missing required tags: Project.", false, "d00d01"),
                        "no fix-values entry for Project"));
    }

    private static Finding declined(Finding f, String reason) {
        return new Finding(f.ruleId(), f.rule(), f.severity(), f.resource(), f.resourceType(), f.file(), f.line(),
                f.endLine(), f.message(), false, f.fingerprint(), null, null, reason);
    }

    private static Finding withFix(Finding f, Fix fix) {
        return new Finding(f.ruleId(), f.rule(), f.severity(), f.resource(), f.resourceType(), f.file(), f.line(),
                f.endLine(), f.message(), f.fixable(), f.fingerprint(), null, fix, null);
    }

    static Case named(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** A result without coverage: reports that list checks fall back to the rules that findings name. */
    static ScanResult result(List<Finding> findings, List<Finding> suppressed, List<LoadError> errors,
                             int unverified) {
        return result(findings, suppressed, errors, unverified, List.of());
    }

    static ScanResult result(List<Finding> findings, List<Finding> suppressed, List<LoadError> errors,
                             int unverified, List<RuleCoverage> coverage) {
        List<String> unverifiedAddresses = IntStream.range(0, unverified).mapToObj(i -> "aws_instance.unknown_" + i)
                .toList();
        return new ScanResult(findings, suppressed, errors, 4, 11, unverifiedAddresses, Severity.MEDIUM, coverage);
    }

    static RuleCoverage coverage(String ruleId, String rule, CheckedResource... resources) {
        return new RuleCoverage(ruleId, rule, List.of(resources));
    }

    static CheckedResource checked(String resource, String file, int line, String unverified) {
        return new CheckedResource(resource, typeOf(resource), file, line, unverified);
    }

    private static String typeOf(String resource) {
        return resource.replaceAll("^(module\\.[^.]+\\.)*", "").replaceAll("\\..*", "");
    }

    static Finding finding(String ruleId, String rule, Severity severity, String resource, String file, int line,
                           int endLine, String message, boolean fixable, String fingerprint) {
        return new Finding(ruleId, rule, severity, resource, typeOf(resource), file, line, endLine, message, fixable,
                fingerprint, null, null, null);
    }

    static Finding suppressed(String ruleId, String rule, Severity severity, String resource, String file,
                              int line, int endLine, String message, String fingerprint,
                              Finding.Suppression suppression) {
        Finding f = finding(ruleId, rule, severity, resource, file, line, endLine, message, false, fingerprint);
        return new Finding(f.ruleId(), f.rule(), f.severity(), f.resource(), f.resourceType(), f.file(), f.line(),
                f.endLine(), f.message(), f.fixable(), f.fingerprint(), suppression, null, null);
    }

    /** The rules "that ran": two with docs pages, one without (its help falls back to the summary). */
    static List<RuleMetadata> rules() {
        return List.of(
                rule("FG401", "s3-lifecycle", Severity.MEDIUM, "Every S3 bucket has a lifecycle configuration.",
                        "reports/docs/FG401.md"),
                rule("FG101", "mandatory-tags", Severity.HIGH, "Taggable resources carry the cost tags.",
                        "/reports/docs/FG101.md"),
                rule("FG201", "autoscaling-max-cap", Severity.HIGH, "Autoscaling upper bounds stay under a cap.",
                        "reports/docs/missing.md"));
    }

    private static RuleMetadata rule(String id, String name, Severity severity, String summary, String docs) {
        return new RuleMetadata(id, name, severity, summary, Set.of(), List.of(), docs,
                "https://finguard.example/rules/" + id);
    }

    static Path projectRoot() {
        try {
            return Path.of(ReportCases.class.getClassLoader().getResource("reports/project").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String render(ScanReport report, ScanResult result, ReportContext context) {
        StringWriter out = new StringWriter();
        try {
            report.write(result, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A report of a result in the usual context: the test project as root, no colour. */
    static String render(ScanReport report, ScanResult result) {
        return render(report, result, context(false));
    }

    /**
     * The project's paths relative to the project itself, as for a scan of it outside any repository, so that the
     * expected files do not depend on where the checkout is.
     */
    static ReportContext context(boolean colour) {
        return new ReportContext(VERSION, rules(), projectRoot(), colour)
                .withBase(new ReportBase(projectRoot(), projectRoot()));
    }
}
