package io.finguard.cleanup.model;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people type them on a command line: {@code 7d}, {@code 12h}, {@code 30m}, {@code 45s}, or ISO-8601
 * ({@code P7D}, {@code PT12H}).
 */
public final class DurationText {

    private static final Pattern SHORT = Pattern.compile("(\\d+)([dhms])");

    private DurationText() {
    }

    /** @throws IllegalArgumentException with a message fit for a usage error */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m = SHORT.matcher(t.toLowerCase(Locale.ROOT));
        Duration d;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            };
        } else {
            try {
                d = Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a duration (use 7d, 12h, 30m, 45s or ISO-8601 like P7D)");
            }
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException("'" + text + "' is negative; a duration must be 0 or more");
        }
        return d;
    }

    /** The shortest form {@link #parse} reads back to the same duration. */
    public static String format(Duration d) {
        long s = d.getSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3_600 == 0) {
            return s / 3_600 + "h";
        }
        if (s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }
}
