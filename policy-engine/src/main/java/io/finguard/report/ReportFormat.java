package io.finguard.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The scan report formats, named as {@code --format} takes them. */
public enum ReportFormat {
    TEXT, JSON, SARIF, JUNIT, GITHUB, MARKDOWN;

    /** The lower-case name used on the command line and in config. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every name, for help and error messages: {@code text, json, …, github or markdown}. */
    public static String names() {
        String all = Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
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
