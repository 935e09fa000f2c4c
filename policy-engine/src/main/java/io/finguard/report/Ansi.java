package io.finguard.report;

import io.finguard.api.Severity;

/**
 * ANSI styling for the text report, or none: with colour off every method returns its text unchanged, so the
 * layout code never asks whether colour is on.
 */
final class Ansi {

    private static final String RESET = "\u001B[0m";

    private final boolean enabled;

    Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    String bold(String text) {
        return paint("1", text);
    }

    String dim(String text) {
        return paint("2", text);
    }

    String red(String text) {
        return paint("31", text);
    }

    String green(String text) {
        return paint("32", text);
    }

    String yellow(String text) {
        return paint("33", text);
    }

    String severity(Severity severity, String text) {
        return switch (severity) {
            case CRITICAL -> paint("1;35", text);
            case HIGH -> paint("1;31", text);
            case MEDIUM -> paint("33", text);
            case LOW -> paint("36", text);
        };
    }

    private String paint(String code, String text) {
        return enabled && !text.isEmpty() ? "\u001B[" + code + "m" + text + RESET : text;
    }
}
