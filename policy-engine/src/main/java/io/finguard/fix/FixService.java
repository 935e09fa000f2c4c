package io.finguard.fix;

import io.finguard.api.Fix;
import io.finguard.api.TextEdit;
import io.finguard.engine.Finding;
import io.finguard.engine.ScanRequest;
import io.finguard.engine.ScanResult;
import io.finguard.engine.ScanService;
import io.finguard.engine.ScanSetupException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The library entry point of {@code finguard fix} (also what the Maven plugin's {@code fix} goal calls): scans,
 * applies the fixes of the unsuppressed findings, re-scans the fixed texts (held in memory, read in place of the
 * files on disk) and repeats while a pass changes something. Writes nothing: the result holds each file's
 * original and fixed text, for a diff, an atomic write or a commit.
 * <p>
 * Several passes, because one pass applies a fix whole or not at all and defers a fix whose edits overlap an
 * applied one (two rules inserting at the same point of one block); the re-scan offers it again against the
 * fixed text. Holds no per-run state.
 */
public final class FixService {

    /**
     * The most passes one run makes. A location seldom sees more than two or three fixes that overlap, so a real
     * run converges in a few passes; the bound is there for a misbehaving rule (a fix that does not remove its
     * finding, or two rules undoing each other), which would otherwise loop forever. Each pass is a full load.
     */
    public static final int MAX_PASSES = 10;

    /** What the person is told when a run stopped at {@link #MAX_PASSES} with fixes still changing files. */
    public static final String NOT_CONVERGED = "fixes still changed files after " + MAX_PASSES + " passes, so the "
            + "run stopped there; a rule's fix may not remove its finding (please report it)";

    static final String NO_AUTOMATIC_FIX = "no automatic fix";

    private final ScanService scans;

    /** The rules on the class path, judged against the system clock. */
    public FixService() {
        this(new ScanService());
    }

    public FixService(ScanService scans) {
        this.scans = scans;
    }

    /**
     * Fixes what {@code request} would report: its paths, variables, configuration and rule selection
     * ({@code onlyRules}, {@code skipRules}). HCL only.
     *
     * @throws ScanSetupException the request names a plan, a missing path, an unknown rule or an invalid config
     */
    public FixResult fix(ScanRequest request) throws ScanSetupException {
        if (request.plan() != null) {
            throw new ScanSetupException("fix edits HCL files and takes no plan: a plan's values do not change when "
                    + "the HCL is edited");
        }
        Progress progress = new Progress(request.root());
        while (true) {
            ScanResult scan = scans.run(request, progress.overlay).result();
            List<Finding> fixable = progress.fixable(scan.findings());
            if (fixable.isEmpty() || progress.passes == MAX_PASSES) {
                return progress.result(scan, fixable.isEmpty());
            }
            if (!progress.apply(fixable)) {
                return progress.result(scan, true);
            }
        }
    }

    /** What the passes of one run have done so far. Confined to the thread running {@link #fix}. */
    private static final class Progress {
        private final Path root;
        /** The fixed texts, by absolute path: what the next scan reads instead of the disk. */
        final Map<Path, String> overlay = new HashMap<>();
        /** The disk text of each changed file, by report path, in the order first changed. */
        private final Map<String, String> originals = new LinkedHashMap<>();
        private final List<FixResult.AppliedFix> applied = new ArrayList<>();
        private final List<FixApplier.Refusal> refused = new ArrayList<>();
        private final Set<String> refusedFiles = new LinkedHashSet<>();
        int passes;

        Progress(Path root) {
            this.root = root;
        }

        /** The open findings that carry a fix, in finding order, except those touching a refused file. */
        List<Finding> fixable(List<Finding> findings) {
            return findings.stream().filter(f -> f.fix() != null)
                    .filter(f -> f.fix().edits().stream().noneMatch(e -> refusedFiles.contains(e.file().name())))
                    .toList();
        }

        /** One pass over these findings' fixes; true when it changed a file. */
        boolean apply(List<Finding> fixable) {
            // by identity: two module instances may carry equal fixes, and each belongs to its own finding
            Map<Fix, Finding> findingOf = new IdentityHashMap<>();
            fixable.forEach(f -> findingOf.put(f.fix(), f));
            FixApplier.Pass pass = FixApplier.apply(fixable.stream().map(Finding::fix).toList());
            for (FixApplier.Refusal r : pass.refused()) {
                refused.add(r);
                refusedFiles.add(r.file());
            }
            for (Fix fix : pass.applied()) {
                applied.add(new FixResult.AppliedFix(findingOf.get(fix), fix.description()));
            }
            for (FixApplier.FileChange change : pass.changes().values()) {
                // the first change of a file was made to the text read from disk, later ones to the overlay
                originals.putIfAbsent(change.original().name(), change.original().text());
                overlay.put(absolute(root, change.original().name()), change.fixed());
            }
            if (pass.changedAnything()) {
                passes++;
            }
            return pass.changedAnything();
        }

        FixResult result(ScanResult last, boolean converged) {
            List<FixResult.FileFix> files = new ArrayList<>();
            for (Map.Entry<String, String> e : originals.entrySet()) {
                Path file = absolute(root, e.getKey());
                String fixed = overlay.get(file);
                if (!fixed.equals(e.getValue())) {
                    files.add(new FixResult.FileFix(e.getKey(), file, e.getValue(), fixed));
                }
            }
            List<FixResult.LeftAlone> leftAlone = new ArrayList<>();
            for (Finding f : last.findings()) {
                leftAlone.add(new FixResult.LeftAlone(f, reason(f, converged)));
            }
            return new FixResult(root, files, applied, leftAlone, refused, last.errors(), passes, converged);
        }

        private String reason(Finding f, boolean converged) {
            if (f.fix() == null) {
                return f.notFixableReason() != null ? f.notFixableReason() : NO_AUTOMATIC_FIX;
            }
            for (TextEdit edit : f.fix().edits()) {
                if (refusedFiles.contains(edit.file().name())) {
                    return "its fix would leave " + edit.file().name() + " unparsable";
                }
            }
            // a fix that changes no text would be offered again forever: the run stopped on it
            return converged ? "its fix changes nothing" : "still not fixed after " + MAX_PASSES + " passes";
        }
    }

    /** The file a report path names: relative to the root, or absolute when it lies outside. */
    static Path absolute(Path root, String reportPath) {
        return root.resolve(reportPath).toAbsolutePath().normalize();
    }
}
