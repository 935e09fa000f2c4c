package io.finguard.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Findings a team has accepted for now: {@code finguard baseline create} records the open findings of a
 * scan, and {@code scan --baseline} then reports only findings whose fingerprint is not listed, counting the others.
 * Entries are one per finding instance (rule, root, address: decision 053), not per grouped finding, and are
 * applied to the instances before they are grouped (decision 075). Entries are matched by fingerprint alone (see {@link Fingerprints}); rule, resource and file are there for the
 * person reviewing the file. Read and written by {@link BaselineFile}.
 *
 * @param toolVersion the finguard version that wrote it
 * @param created     when it was written (ISO-8601), as recorded; not used for matching
 * @param entries     sorted by file, resource, rule and fingerprint, so that a regenerated baseline diffs by entry
 */
public record Baseline(String toolVersion, String created, List<Entry> entries) {

    /** The file {@code baseline create} writes in the scan root, and the name users pass to {@code --baseline}. */
    public static final String DEFAULT_FILE = ".finguard-baseline.json";

    private static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> e.file() == null ? "" : e.file())
            .thenComparing(e -> e.resource() == null ? "" : e.resource())
            .thenComparing(e -> e.ruleId() == null ? "" : e.ruleId())
            .thenComparing(Entry::fingerprint);

    /**
     * One accepted finding.
     *
     * @param file as reports name it (relative to the git repository's top, else to the scan root, with {@code /}),
     *             or null for a finding from a plan without HCL; for the reviewer only, never matched
     */
    public record Entry(String fingerprint, String ruleId, String resource, String file) {
    }

    public Baseline {
        entries = entries.stream().distinct().sorted(ORDER).toList();
    }

    /**
     * The baseline of a scan's open findings (suppressed findings are already accounted for in the code), their
     * files written relative to {@code base}.
     */
    public static Baseline of(List<Finding> findings, String toolVersion, Instant created, ReportBase base) {
        List<Entry> entries = new ArrayList<>();
        for (Finding f : findings) {
            // per instance, as baselines were before findings were grouped: old files keep matching, and an
            // instance added later (a new root calling the module) is new
            for (FindingInstance i : f.instances()) {
                entries.add(new Entry(i.fingerprint(), f.ruleId(), i.address(), base.path(f.file())));
            }
        }
        return new Baseline(toolVersion, created.toString(), entries);
    }

    public Set<String> fingerprints() {
        return entries.stream().map(Entry::fingerprint).collect(Collectors.toSet());
    }

    /** {@code result} without the findings listed here; they are added to {@link ScanResult#baselined()}. */
    public ScanResult apply(ScanResult result) {
        Set<String> known = fingerprints();
        List<Finding> open = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (!known.contains(f.fingerprint())) {
                open.add(f);
            }
        }
        int baselined = result.findings().size() - open.size();
        return new ScanResult(open, result.suppressed(), result.errors(), result.files(), result.resources(),
                result.unverified(), result.threshold(), result.coverage(), result.baselined() + baselined,
                result.unusedSuppressions(), result.notLoaded());
    }
}
