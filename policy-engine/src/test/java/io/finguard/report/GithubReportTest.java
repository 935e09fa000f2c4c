package io.finguard.report;

import io.finguard.api.Severity;
import io.finguard.engine.Finding;
import io.finguard.terraform.load.GitRoot;
import io.finguard.engine.ScanResult;
import io.finguard.terraform.LoadError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GithubReportTest {

    /** Without a root the paths stay as the scan reported them: the expected files do not depend on the checkout. */
    private static String render(ScanResult result, Path root) {
        return ReportCases.render(new GithubReport(), result,
                new ReportContext(ReportCases.VERSION, ReportCases.rules(), root, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.finguard.report.ReportCases#all")
    void matchesExpectedFile(ReportCases.Case c) throws IOException {
        String commands = render(c.result(), null);
        ExpectedFiles.assertMatches(c.name() + ".github.txt", commands);
        // the runner reads one command per line: a message's line breaks must never start a new one
        assertEquals(c.result().findings().size() + c.result().errors().size()
                + c.result().unusedSuppressions().size(), commands.lines().count(), commands);
        commands.lines().forEach(line -> assertTrue(line.startsWith("::"), line));
    }

    @Test
    void oneCommandPerFindingWithItsLevelLinesAndTitle() {
        List<String> lines = render(ReportCases.named("several-files").result(), null).lines().toList();
        assertEquals("::error file=main.tf,line=7,endLine=9,title=FG101 mandatory-tags::aws_s3_bucket.logs: Missing"
                + " required tags: Team, Environment, CostCenter, Owner.", lines.get(0));
        assertTrue(lines.get(1).startsWith("::warning file=main.tf,line=14,endLine=14,title=FG501 log-retention::"));
        assertTrue(lines.get(3).startsWith("::notice file=modules/data/main.tf,line=6,endLine=12,"), lines.get(3));
        assertEquals(List.of("error", "error", "warning", "notice"), List.of(GithubReport.level(Severity.CRITICAL),
                GithubReport.level(Severity.HIGH), GithubReport.level(Severity.MEDIUM),
                GithubReport.level(Severity.LOW)));
    }

    @Test
    void escapesAsTheRunnerRequires() {
        assertEquals("100%25 done%0D%0Anext: a, b", GithubReport.escapeData("100% done\r\nnext: a, b"));
        assertEquals("C%3A\\x%2Cy%25%0A", GithubReport.escapeProperty("C:\\x,y%\n"));
        Finding f = ReportCases.finding("FG101", "mandatory-tags", Severity.HIGH, "aws_s3_bucket.a", "dir,x/a:b.tf",
                2, 2, "line one\nline two: 50%", false, "1");
        String command = render(ReportCases.result(List.of(f), List.of(), List.of(), 0), null);
        assertEquals("::error file=dir%2Cx/a%3Ab.tf,line=2,endLine=2,title=FG101 mandatory-tags::aws_s3_bucket.a:"
                + " line one%0Aline two: 50%25\n", command);
    }

    @Test
    void loadErrorsAreErrorsWithTheirFileAndLine() {
        String commands = render(ReportCases.named("errors").result(), null);
        assertTrue(commands.contains("::error file=broken.tf,line=3::Expected an expression after \"=\".\n"),
                commands);
        assertTrue(commands.contains("::error file=modules/gone::Local module directory not found.\n"), commands);
        assertTrue(commands.endsWith("::error::Rule FG999 failed: NullPointerException\n"), commands);
    }

    @Test
    void suppressedFindingsAreNotAnnounced() {
        String commands = render(ReportCases.named("suppressed").result(), null);
        assertEquals(1, commands.lines().count(), commands);
        assertFalse(commands.contains("archive"), commands);
    }

    @Test
    void pathsAreRelativeToTheRepositoryThatEnclosesTheScanRoot(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Path infra = Files.createDirectories(repo.resolve("infra/live"));
        ScanResult result = ReportCases.named("paths").result();
        String commands = render(result, infra);
        assertTrue(commands.startsWith("::notice file=infra/live/modules/data/main.tf,line=8,"), commands);
        assertTrue(commands.contains("::warning file=infra/live/env files/données #1.tf,line=3,"), commands);
        assertTrue(commands.contains("::error file=infra/live/modules/broken/main.tf,line=2::"), commands);
        // a scan of the repository root needs no prefix
        assertTrue(render(result, repo).startsWith(
                "::notice file=modules/data/main.tf,"));
    }

    @Test
    void outsideARepositoryPathsStayRelativeToTheScanRoot(@TempDir Path dir) throws IOException {
        Path infra = Files.createDirectories(dir.resolve("infra"));
        // a temporary directory inside a git checkout would give a prefix: this test needs one that is not
        assumeTrue(GitRoot.enclosing(infra).isEmpty());
        Finding f = ReportCases.finding("FG501", "log-retention", Severity.MEDIUM, "aws_cloudwatch_log_group.a",
                "logs.tf", 4, 4, "No retention.", true, "1");
        ScanResult result = ReportCases.result(List.of(f), List.of(), List.of(new LoadError("x.tf", 1, "Bad.")), 0);
        String commands = render(result, infra);
        assertTrue(commands.startsWith("::warning file=logs.tf,line=4,endLine=4,"), commands);
        assertTrue(commands.contains("::error file=x.tf,line=1::Bad.\n"), commands);
    }
}
