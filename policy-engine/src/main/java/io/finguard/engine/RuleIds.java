package io.finguard.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule IDs as users give them, to the CLI's repeatable {@code --rule}/{@code --skip-rule} and to the Maven plugin's
 * {@code rules}: each value may hold several IDs separated by commas, in any case.
 */
public final class RuleIds {

    private RuleIds() {
    }

    /** The IDs in {@code values}, split at commas, trimmed and upper-cased, in order and without repeats. */
    public static Set<String> parse(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            for (String id : v.split(",")) {
                if (!id.isBlank()) {
                    out.add(id.trim().toUpperCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
