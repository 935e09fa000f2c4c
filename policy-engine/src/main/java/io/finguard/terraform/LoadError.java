package io.finguard.terraform;

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
}
