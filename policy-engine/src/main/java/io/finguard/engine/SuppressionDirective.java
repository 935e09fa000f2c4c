package io.finguard.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One {@code # finguard:ignore} comment as written. It applies only when it is well formed, gives a reason and has
 * not expired; otherwise it is a problem to report, and the findings it meant to hide stay visible.
 *
 * @param file      report path of the file holding the comment
 * @param line      1-based line of the comment
 * @param ruleIds   the rule IDs it names, upper-cased
 * @param reason    the {@code reason="…"} text, or null
 * @param until     the last day it applies ({@code until=YYYY-MM-DD}, inclusive), or null for no expiry
 * @param malformed what is wrong with its syntax, or null when it parsed
 */
record SuppressionDirective(String file, int line, List<String> ruleIds, String reason, LocalDate until,
                            String malformed) {

    static SuppressionDirective malformed(String file, int line, String problem) {
        return new SuppressionDirective(file, line, List.of(), null, null, problem);
    }

    boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    boolean expired(LocalDate today) {
        return until != null && until.isBefore(today);
    }

    /** True when it suppresses the rules it names on {@code today}: well formed, with a reason, not expired. */
    boolean applies(LocalDate today) {
        return malformed == null && hasReason() && !expired(today);
    }

    /** True when it suppresses {@code ruleId} on {@code today}. */
    boolean appliesTo(String ruleId, LocalDate today) {
        return applies(today) && ruleIds.contains(ruleId);
    }

    /** What the user must be told about this comment (empty when it is fine). */
    List<String> problems(LocalDate today, Set<String> knownRuleIds) {
        if (malformed != null) {
            return List.of("malformed suppression: " + malformed);
        }
        List<String> out = new ArrayList<>();
        if (!hasReason()) {
            out.add("suppression without reason; it applies only with reason=\"…\"");
        } else if (expired(today)) {
            out.add("suppression of " + String.join(", ", ruleIds) + " expired on " + until);
        }
        List<String> unknown = ruleIds.stream().filter(id -> !knownRuleIds.contains(id)).toList();
        if (!unknown.isEmpty()) {
            out.add("suppression names unknown rule" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + " (known: " + String.join(", ", knownRuleIds.stream().sorted().toList()) + ")");
        }
        return out;
    }

    Finding.Suppression toSuppression() {
        return new Finding.Suppression(reason, until == null ? null : until.toString(), file, line);
    }
}
