package io.finguard.rules;

import io.finguard.api.Fix;
import io.finguard.engine.Finding;
import io.finguard.engine.ScanResult;
import io.finguard.fix.FixApplier;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Applies a rule case's fixes the way {@code finguard fix --write} does, on a temporary copy of the case: a pass
 * with {@link FixApplier}, the fixed text written and re-scanned, again while a pass changes something (at most
 * {@value #MAX_PASSES}). Then every {@code X.tf} or {@code X.tfvars} with an {@code X.tf.fixed} /
 * {@code X.tfvars.fixed} must equal it byte for byte and parse (a fix may write where a value is set: a module
 * argument, a variable default, a tfvars entry), every other {@code .tf} and {@code .tfvars} must be unchanged, a re-scan must find no finding of the rule that still carries a fix,
 * and one more pass must change nothing. A case with a plan is re-scanned from its HCL alone: the plan describes
 * the configuration before the fix.
 */
final class CaseFixes {

    static final String FIXED = ".fixed";
    private static final int MAX_PASSES = 10;

    private CaseFixes() {
    }

    static void check(String ruleId, Path caseDir, ScanResult firstScan) throws Exception {
        Path work = Files.createTempDirectory("finguard-case-");
        try {
            copyInputs(caseDir, work);
            ScanResult scan = fixUntilSettled(work, firstScan, dir -> RuleCasesTest.scan(ruleId, dir));
            List<Finding> stillFixable = scan.findings().stream().filter(f -> f.fix() != null).toList();
            assertEquals(List.of(), stillFixable.stream().map(Finding::resource).toList(),
                    "after fixing " + caseDir + ", findings that still carry a fix");
            compare(caseDir, work);
        } finally {
            deleteTree(work);
        }
    }

    /** What scans a directory. */
    interface Scan {
        ScanResult of(Path dir) throws Exception;
    }

    /**
     * Applies the fixes of {@code scan} to the files under {@code work}, re-scans, and again, until a pass changes
     * nothing (which is the idempotence check); returns the last scan. No pass may be refused.
     */
    static ScanResult fixUntilSettled(Path work, ScanResult scan, Scan rescan) throws Exception {
        int passes = 0;
        while (true) {
            FixApplier.Pass pass = FixApplier.apply(fixes(scan));
            assertEquals(List.of(), pass.refused(), "fixes under " + work + " that would not parse");
            if (!pass.changedAnything()) {
                return scan;
            }
            if (++passes > MAX_PASSES) {
                fail("the fixes under " + work + " still change files after " + MAX_PASSES + " passes");
            }
            for (FixApplier.FileChange change : pass.changes().values()) {
                Files.writeString(work.resolve(change.original().name()), change.fixed(), StandardCharsets.UTF_8);
            }
            scan = rescan.of(work);
        }
    }

    /** Whether the case has any expected fixed file. */
    static boolean hasFixedFiles(Path caseDir) throws IOException {
        try (Stream<Path> s = Files.walk(caseDir)) {
            return s.anyMatch(p -> p.toString().endsWith(".tf" + FIXED) || p.toString().endsWith(".tfvars" + FIXED));
        }
    }

    private static List<Fix> fixes(ScanResult scan) {
        return scan.findings().stream().map(Finding::fix).filter(Objects::nonNull).toList();
    }

    /** The case's inputs without its plan (see the class comment), expectations or expected output. */
    private static void copyInputs(Path caseDir, Path work) throws IOException {
        try (Stream<Path> s = Files.walk(caseDir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.equals("plan.json") || name.equals("expected.json") || name.endsWith(FIXED)) {
                    continue;
                }
                Path target = work.resolve(caseDir.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }

    private static void compare(Path caseDir, Path work) throws IOException {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(caseDir)) {
            s.filter(p -> p.toString().endsWith(".tf") || p.toString().endsWith(".tfvars")).forEach(inputs::add);
        }
        for (Path input : inputs) {
            String relative = caseDir.relativize(input).toString();
            String actual = Files.readString(work.resolve(relative), StandardCharsets.UTF_8);
            Path expectedFixed = input.resolveSibling(input.getFileName() + FIXED);
            if (Files.exists(expectedFixed)) {
                assertEquals(Files.readString(expectedFixed, StandardCharsets.UTF_8), actual,
                        relative + " after the fixes of " + caseDir);
                assertFalse(HclParser.parse(new SourceFile(relative, actual)).hasErrors(),
                        relative + " parses after the fixes");
            } else {
                assertEquals(Files.readString(input, StandardCharsets.UTF_8), actual,
                        relative + " of " + caseDir + " has no " + relative + FIXED + ", so no fix may change it");
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
