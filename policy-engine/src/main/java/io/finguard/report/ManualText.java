package io.finguard.report;

import io.finguard.engine.Finding;

/**
 * How the human-readable reports (text, JUnit, GitHub annotations, Markdown) say that {@code finguard fix} leaves a
 * finding alone, and why: the same words {@code fix} prints on stderr, so a reader of any report knows whether to
 * expect a fix and what to change by hand.
 */
final class ManualText {

    private ManualText() {
    }

    /** {@code manual: <reason>} for a finding without a fix whose reason is known; else null. */
    static String line(Finding f) {
        return f.fixable() || f.notFixableReason() == null ? null : "manual: " + f.notFixableReason();
    }
}
