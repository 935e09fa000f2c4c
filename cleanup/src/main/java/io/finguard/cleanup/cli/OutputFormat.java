package io.finguard.cleanup.cli;

/** Report formats; constants are lower case because picocli shows and matches them as typed. */
public enum OutputFormat {
    text,
    json
}
