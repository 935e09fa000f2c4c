package io.finguard.fix;

import io.finguard.engine.Finding;
import io.finguard.terraform.LoadError;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link FixService} did, before anything is written: the files it would change, the fixes it applied and
 * the findings it left alone.
 *
 * @param root      the scan root report paths are relative to
 * @param files     changed files, in the order first changed
 * @param applied   fixes applied, in the order applied (a later pass after an earlier one)
 * @param leftAlone unsuppressed findings of the selected rules that are still there after the last pass, with
 *                  why they were not fixed
 * @param refused   files whose fixed text would not parse: they keep their last parsable text (the original, or
 *                  the result of earlier passes) and receive no further fix
 * @param errors    files that could not be read or parsed, and rules that failed, as a scan reports them
 * @param passes    fix passes that changed something
 * @param converged false when the last allowed pass still changed something (see {@link FixService#MAX_PASSES})
 */
public record FixResult(Path root, List<FileFix> files, List<AppliedFix> applied, List<LeftAlone> leftAlone,
                        List<FixApplier.Refusal> refused, List<LoadError> errors, int passes, boolean converged) {

    public FixResult {
        files = List.copyOf(files);
        applied = List.copyOf(applied);
        leftAlone = List.copyOf(leftAlone);
        refused = List.copyOf(refused);
        errors = List.copyOf(errors);
    }

    /**
     * One changed file.
     *
     * @param path     its report path (relative to the scan root with {@code /}, absolute when outside it)
     * @param file     its absolute path
     * @param original the text on disk when the fix started
     * @param fixed    the text after every pass
     */
    public record FileFix(String path, Path file, String original, String fixed) {
    }

    /** A finding that a fix removed, with what the fix did. The finding's lines are those of the pass it was in. */
    public record AppliedFix(Finding finding, String description) {
    }

    /** A finding left as it is, and why. */
    public record LeftAlone(Finding finding, String reason) {
    }

    /**
     * True when a file could not be read or parsed, a fixed file would not parse, or the passes ran out. A value
     * that could not be evaluated does not fail a fix: the finding it touches is left alone with its reason.
     */
    public boolean failed() {
        return !LoadError.failing(errors, false).isEmpty() || !refused.isEmpty() || !converged;
    }
}
