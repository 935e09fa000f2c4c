package io.finguard.hcl;

/** A problem found while reading a file: where it is and what is wrong, in words a user understands. */
public record Diagnostic(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
