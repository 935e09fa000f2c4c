package io.finguard.fix;

import io.finguard.api.Fix;
import io.finguard.api.TextEdit;
import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Diagnostic;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.SourceFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass of fixing: takes fixes in order and takes or defers each one whole. A fix is deferred when one of its
 * edits overlaps an edit already taken (and is not the very same edit, as when two instances of one module block
 * ask for the same change) or was made from another parse of the file than the edits taken for it (their offsets
 * would not agree): the caller re-scans the fixed text and offers it again. An edit that several fixes share is
 * spliced in once.
 * <p>
 * Each changed file is then re-parsed; a file whose fixed text would not parse is left out of the changes with a
 * {@link Refusal}, and every fix with an edit in it is dropped from {@code applied}. (That fix's edits in other files
 * stay in their changes; every built-in rule's fix edits a single file.) A file whose edits give back its own text
 * is not a change.
 */
public final class FixApplier {

    private FixApplier() {
    }

    /** A file before and after this pass. */
    public record FileChange(SourceFile original, String fixed) {
    }

    /** A file the pass did not change because the fixed text would not parse. */
    public record Refusal(String file, int line, String message) {
    }

    /**
     * What one pass did.
     *
     * @param changes  changed files by report path, in the order first touched
     * @param applied  fixes taken, less those with an edit in a refused file
     * @param deferred fixes left for the next pass because they overlap an applied one
     * @param refused  files left alone because the fixed text would not parse
     */
    public record Pass(Map<String, FileChange> changes, List<Fix> applied, List<Fix> deferred, List<Refusal> refused) {

        public boolean changedAnything() {
            return !changes.isEmpty();
        }
    }

    public static Pass apply(List<Fix> fixes) {
        Map<String, List<TextEdit>> taken = new LinkedHashMap<>();
        Map<String, SourceFile> sources = new LinkedHashMap<>();
        Set<TextEdit> seen = new LinkedHashSet<>();
        List<Fix> applied = new ArrayList<>();
        List<Fix> deferred = new ArrayList<>();
        for (Fix fix : fixes) {
            if (conflicts(fix, taken, seen)) {
                deferred.add(fix);
                continue;
            }
            applied.add(fix);
            for (TextEdit edit : fix.edits()) {
                if (seen.add(edit)) {
                    taken.computeIfAbsent(edit.file().name(), k -> new ArrayList<>()).add(edit);
                    sources.putIfAbsent(edit.file().name(), edit.file());
                }
            }
        }
        Map<String, FileChange> changes = new LinkedHashMap<>();
        List<Refusal> refused = new ArrayList<>();
        for (Map.Entry<String, List<TextEdit>> entry : taken.entrySet()) {
            SourceFile original = sources.get(entry.getKey());
            String fixed = splice(original.text(), entry.getValue());
            if (fixed.equals(original.text())) {
                continue;
            }
            ConfigFile reparsed = HclParser.parse(new SourceFile(original.name(), fixed));
            if (reparsed.hasErrors()) {
                Diagnostic d = reparsed.diagnostics().get(0);
                refused.add(new Refusal(original.name(), d.line(),
                        "the fixed file would not parse (" + d.message() + "), so it is left as it is"));
                continue;
            }
            changes.put(entry.getKey(), new FileChange(original, fixed));
        }
        if (!refused.isEmpty()) {
            Set<String> refusedFiles = new LinkedHashSet<>();
            refused.forEach(r -> refusedFiles.add(r.file()));
            applied.removeIf(f -> f.edits().stream().anyMatch(e -> refusedFiles.contains(e.file().name())));
        }
        return new Pass(changes, List.copyOf(applied), List.copyOf(deferred), List.copyOf(refused));
    }

    /** True when an edit of {@code fix} overlaps a taken edit without being the same edit. */
    private static boolean conflicts(Fix fix, Map<String, List<TextEdit>> taken, Set<TextEdit> seen) {
        for (TextEdit edit : fix.edits()) {
            if (seen.contains(edit)) {
                continue;
            }
            for (TextEdit other : taken.getOrDefault(edit.file().name(), List.of())) {
                if (edit.overlaps(other)) {
                    return true;
                }
            }
            if (!sameText(edit, taken)) {
                return true;
            }
        }
        return false;
    }

    /** Edits of one file must all come from the same parse of it, or their offsets mean different things. */
    private static boolean sameText(TextEdit edit, Map<String, List<TextEdit>> taken) {
        List<TextEdit> others = taken.get(edit.file().name());
        return others == null || others.get(0).file().text().equals(edit.file().text());
    }

    /** Applies non-overlapping edits to {@code text}. */
    static String splice(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        StringBuilder out = new StringBuilder(text.length() + 256);
        int at = 0;
        for (TextEdit edit : sorted) {
            out.append(text, at, edit.start()).append(edit.text());
            at = edit.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
