package io.finguard.cleanup.ebs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The tag {@code finguard:marked-for-deletion=<ISO-8601 instant>} that starts a volume's grace period. Written as
 * an instant (seconds precision) so that grace periods shorter than a day work; a plain ISO date, as a person might
 * type it, is read as the start of that day in UTC.
 */
public final class DeletionMark {

    public static final String TAG_KEY = "finguard:marked-for-deletion";

    private DeletionMark() {
    }

    public static String format(Instant when) {
        return when.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The instant in the tag value, or empty when the value is not a date (such a mark is replaced). */
    public static Optional<Instant> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(Instant.parse(v));
        } catch (DateTimeParseException notInstant) {
            try {
                return Optional.of(LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
