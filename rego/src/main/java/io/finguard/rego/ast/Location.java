package io.finguard.rego.ast;

/** Where something is written: the file (as given when loading) and the 1-based line and column. */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
