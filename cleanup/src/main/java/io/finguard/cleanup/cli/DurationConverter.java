package io.finguard.cleanup.cli;

import io.finguard.cleanup.model.DurationText;
import java.time.Duration;
import picocli.CommandLine;

/** Reads {@code 7d}, {@code 12h}, {@code 30m}, {@code 45s} or ISO-8601 durations; anything else is a usage error. */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return DurationText.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
