package io.finguard.report;

import java.util.Locale;

/** The scan report formats, named as {@code --format} takes them. */
public enum ReportFormat {
    TEXT, JSON, SARIF;

    /** The lower-case name used on the command line and in config. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a format name (any case); null when it is none of them, so the caller can report a usage error. */
    public static ReportFormat parse(String text) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(text)) {
                return f;
            }
        }
        return null;
    }
}
