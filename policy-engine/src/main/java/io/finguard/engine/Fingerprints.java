package io.finguard.engine;

import io.finguard.terraform.Resource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Gives each finding of one scan its fingerprint: what baselines and SARIF {@code partialFingerprints} recognise a
 * finding by from one run to the next (docs/decisions/053-baselines-and-changed-files.md).
 * <p>
 * The recipe is the rule ID, the root module (a directory relative to the scan root: two stacks often declare the
 * same addresses) and the resource address. Never a line number, so code may move; never the message, so that a
 * value changing in a known problem ({@code max_size} 50 → 40, one more missing tag) does not make it "new" — the
 * resource still breaks the rule, as Checkov's baseline (check ID and resource) sees it too. When one rule reports
 * a resource more than once, the second and later findings get their rank in the rule's report order, so that each
 * still has a fingerprint of its own.
 * <p>
 * One instance serves one scan: it counts what it has seen.
 */
final class Fingerprints {

    private final Map<String, Integer> seen = new HashMap<>();

    /** The fingerprint of the next finding that {@code ruleId} reports on {@code resource}. */
    String next(String ruleId, Resource resource) {
        String identity = identity(ruleId, resource);
        int rank = seen.merge(identity, 1, Integer::sum);
        return hash(rank, identity);
    }

    /**
     * Whether {@code fingerprint} is one that {@link #next} gives {@code ruleId}'s findings on {@code resource} (at
     * any rank up to {@code maxRank}). This is how a finding is traced back to its root module, which the finding
     * itself does not carry: one module file called from two roots yields the same address and file in both.
     */
    static boolean identifies(String fingerprint, String ruleId, Resource resource, int maxRank) {
        String identity = identity(ruleId, resource);
        for (int rank = 1; rank <= maxRank; rank++) {
            if (hash(rank, identity).equals(fingerprint)) {
                return true;
            }
        }
        return false;
    }

    private static String identity(String ruleId, Resource resource) {
        return ruleId + "\n" + (resource.rootModule() == null ? "" : resource.rootModule()) + "\n"
                + resource.address();
    }

    /**
     * The fingerprint of a place: {@code ruleId}'s {@code rank}-th finding on resource {@code block} in {@code file}
     * (as reports name it). What a grouped finding is recognised by, whatever instances it has.
     */
    static String place(String ruleId, String file, String block, int rank) {
        return hash(rank, "place\n" + ruleId + "\n" + (file == null ? "" : file) + "\n" + block);
    }

    private static String hash(int rank, String identity) {
        return hash(rank == 1 ? identity : identity + "\n#" + rank);
    }

    private static String hash(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
