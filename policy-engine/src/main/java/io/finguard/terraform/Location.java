package io.finguard.terraform;

/**
 * Where something is, for reports: a file relative to the scan root with {@code /} separators and a 1-based line
 * span. Resources loaded from a plan alone have no file ({@code file} null, lines 0).
 */
public record Location(String file, int line, int endLine) {

    public static final Location NONE = new Location(null, 0, 0);

    public boolean isKnown() {
        return file != null;
    }
}
