package io.finguard.api;

import java.util.List;

/**
 * How to fix a finding, as data: minimal text edits on the parsed files (Error Prone's replacements, tflint's
 * {@code TextAt}). A rule builds it while checking, usually with {@link io.finguard.api.edit.FileEdits}, which
 * already aligns {@code =} the way {@code terraform fmt} does around the changed lines; {@code finguard fix} splices
 * the edits of every finding (deferring overlapping ones to a later pass), re-parses the result and only then
 * prints or writes it.
 *
 * @param description what the fix does, in a few words ({@code set retention_in_days to 30})
 * @param edits       the edits, in any order, none overlapping another
 */
public record Fix(String description, List<TextEdit> edits) {

    public Fix {
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
        for (int i = 0; i < edits.size(); i++) {
            for (int j = i + 1; j < edits.size(); j++) {
                if (edits.get(i).overlaps(edits.get(j))) {
                    throw new IllegalArgumentException("overlapping edits in one fix: " + description);
                }
            }
        }
    }

    public static Fix of(String description, TextEdit... edits) {
        return new Fix(description, List.of(edits));
    }
}
