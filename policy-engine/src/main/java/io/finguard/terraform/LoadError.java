package io.finguard.terraform;

/**
 * A problem that stopped part of the loading: a file that could not be read or parsed, a local cycle, a plan that
 * is not JSON. Carried to the report as {@code {"file","line","message"}}; never thrown across layers.
 */
public record LoadError(String file, int line, String message) {
}
