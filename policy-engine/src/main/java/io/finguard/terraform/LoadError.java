package io.finguard.terraform;

import java.util.List;

/**
 * A problem met while loading, carried to the report as {@code {"file","line","message"}}; never thrown across
 * layers.
 *
 * @param kind {@link Kind#PARSE} for what stops finguard from reading part of the configuration (a file that
 *             cannot be read or parsed, a plan that is not JSON, a module directory that is missing), which fails
 *             a scan; {@link Kind#EVALUATION} for a value that could not be computed (a function given the wrong
 *             type, a dependency cycle, a limit reached), which is listed but fails a scan only with
 *             {@code --strict}: the value is unknown and the rules treat it as such
 */
public record LoadError(String file, int line, String message, Kind kind) {

    public enum Kind { PARSE, EVALUATION }

    public LoadError(String file, int line, String message) {
        this(file, line, message, Kind.PARSE);
    }

    public static LoadError evaluation(String file, int line, String message) {
        return new LoadError(file, line, message, Kind.EVALUATION);
    }

    public boolean isEvaluation() {
        return kind == Kind.EVALUATION;
    }

    /**
     * The errors that fail a run: a file that could not be read or parsed always does, since a check that skipped
     * it proves nothing; a value that could not be evaluated only when {@code strict}, since it is treated as
     * unknown (every report lists it either way). Scan, fix, inspect and the Maven goals all decide by this.
     */
    public static List<LoadError> failing(List<LoadError> errors, boolean strict) {
        return strict ? errors : errors.stream().filter(e -> !e.isEvaluation()).toList();
    }
}
