package io.finguard.engine;

import java.util.List;

/**
 * A well-formed, current {@code # finguard:ignore} comment that hid nothing: none of the rules it names (of those
 * that ran) reported the resources it covers, and none of them left those resources unverified. Such comments pile
 * up as code changes, so every report lists them; they fail the run only under {@code --strict}.
 *
 * @param file    report path of the file holding the comment
 * @param line    1-based line of the comment
 * @param ruleIds the rule IDs of the comment that matched nothing, in the comment's order; IDs that matched
 *                something, and IDs of rules that did not run, are left out
 * @param reason  the comment's reason
 * @param fails   whether it fails the run ({@code --strict}); otherwise it is a warning
 */
public record UnusedSuppression(String file, int line, List<String> ruleIds, String reason, boolean fails) {

    public UnusedSuppression {
        ruleIds = List.copyOf(ruleIds);
    }

    /** What every report says about it, in the words of the other suppression problems. */
    public String message() {
        return "suppression of " + String.join(", ", ruleIds) + " matches no finding; remove "
                + (ruleIds.size() == 1 ? "it" : "them") + " from the comment";
    }
}
