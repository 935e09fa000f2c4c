package io.finguard.engine;

import io.finguard.api.Fix;
import io.finguard.api.Severity;
import io.finguard.terraform.origin.ValueChain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the findings of a scan, one per rule and resource instance, into one finding per place: a rule at one
 * location (file, line, resource block) with the same message, listing the instances that share it. Runs after
 * suppressions, the scope and the baseline were applied to the instances (which keep their fingerprints for that),
 * and before any report (docs/decisions/075-one-finding-per-place.md).
 */
public final class FindingGroups {

    /** Why a place is left alone by {@code finguard fix} when its instances would need different edits. */
    static final String FIXES_DIFFER = "its instances need different edits, so none is made for all of them";

    private FindingGroups() {
    }

    /**
     * {@code result} with its findings and suppressed findings grouped by place; counts are unchanged. Public for
     * callers that run a {@link Scanner} themselves (the rules' case tests) and want what reports show.
     */
    public static ScanResult apply(ScanResult result, ReportBase base) {
        return new ScanResult(group(result.findings(), base), group(result.suppressed(), base), result.errors(),
                result.files(), result.resources(), result.unverified(), result.threshold(), result.coverage(),
                result.baselined(), result.unusedSuppressions(), result.notLoaded());
    }

    /** What makes two instance findings one: the place, the same text, and the same suppression. */
    private record Key(String ruleId, String file, int line, int endLine, String block, String message,
                       Severity severity, Finding.Suppression suppression) {
        // written out, as in BlockAt: a record's generated ones link through method handles at first call
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && line == k.line && endLine == k.endLine && Objects.equals(ruleId, k.ruleId)
                    && Objects.equals(file, k.file) && Objects.equals(block, k.block)
                    && Objects.equals(message, k.message) && severity == k.severity
                    && Objects.equals(suppression, k.suppression);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ruleId, file, line, endLine, block, message, severity, suppression);
        }
    }

    static List<Finding> group(List<Finding> findings, ReportBase base) {
        Map<Key, List<Finding>> places = new LinkedHashMap<>();
        for (Finding f : findings) {
            Key key = new Key(f.ruleId(), f.file(), f.line(), f.endLine(), f.instances().get(0).block(),
                    groupMessage(f), f.severity(), f.suppression());
            places.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        // two findings of one rule on one block (other lines or messages) still need fingerprints of their own
        Map<String, Integer> ranks = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Key, List<Finding>> place : places.entrySet()) {
            Key key = place.getKey();
            String file = base.path(key.file());
            int rank = ranks.merge(key.ruleId() + "\n" + file + "\n" + key.block(), 1, Integer::sum);
            out.add(merge(place.getValue(), Fingerprints.place(key.ruleId(), file, key.block(), rank)));
        }
        return out;
    }

    /**
     * The message without the callers of the value's chain (decision 076): what the instances of one place share
     * when the chain within the module is the same.
     */
    private static String placeMessage(Finding f) {
        String place = f.instances().get(0).placeMessage();
        return place != null ? place : f.message();
    }

    /**
     * The message with only the first clause of the value's chain (the argument and its value): what findings are
     * grouped by, so that a block in a module called from 28 roots stays one finding however each root sets the
     * value; instances whose values differ still differ here.
     */
    private static String groupMessage(Finding f) {
        ValueChain origin = f.instances().get(0).origin();
        return origin == null ? f.message() : f.message().replace(origin.describe(), origin.describeShort());
    }

    /**
     * One finding for these instance findings: the first one's fields, all their instances, a fix they share. The
     * message names the callers of the value's chain when every instance has the same one (one caller, or the
     * instances of one {@code module} block with count/for_each), else the chain within the module when they share
     * that, else only the argument and its value; each instance keeps its own chain.
     */
    private static Finding merge(List<Finding> same, String fingerprint) {
        Finding first = same.get(0);
        String message = same.stream().allMatch(f -> f.message().equals(first.message())) ? first.message()
                : same.stream().allMatch(f -> placeMessage(f).equals(placeMessage(first))) ? placeMessage(first)
                : groupMessage(first);
        List<FindingInstance> instances = new ArrayList<>();
        same.forEach(f -> instances.addAll(f.instances()));
        Fix fix = InstanceFixes.union(same.stream().map(Finding::fix).toList());
        boolean oneFix = fix != null || same.stream().allMatch(f -> f.fix() == null);
        boolean fixable = oneFix && first.fixable();
        String notFixable = oneFix ? first.notFixableReason() : FIXES_DIFFER;
        return new Finding(first.ruleId(), first.rule(), first.severity(), first.resource(), first.resourceType(),
                first.file(), first.line(), first.endLine(), message, fixable, fingerprint,
                first.suppression(), fix, notFixable, instances);
    }
}
