package io.finguard.cli.spi;

/** Process exit codes shared by every command (docs/reference.md, Commands). */
public enum ExitCode {
    /** Nothing at or above the threshold. */
    OK(0),
    /** Findings at or above the threshold, a file that could not be parsed, or an action that failed. */
    FINDINGS(1),
    /** A usage or configuration error: unknown option, invalid config, missing path. */
    USAGE(2);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
