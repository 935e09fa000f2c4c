package io.finguard.cleanup.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @Test
    void readsShortAndIsoForms() {
        assertEquals(Duration.ofDays(7), DurationText.parse("7d"));
        assertEquals(Duration.ofHours(12), DurationText.parse("12h"));
        assertEquals(Duration.ofMinutes(30), DurationText.parse("30m"));
        assertEquals(Duration.ofSeconds(45), DurationText.parse("45s"));
        assertEquals(Duration.ZERO, DurationText.parse("0d"));
        assertEquals(Duration.ofDays(7), DurationText.parse("P7D"));
        assertEquals(Duration.ofHours(36), DurationText.parse("pt36h"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7", "d7", "7 days", "1w", "-P1D"})
    void rejectsOthers(String text) {
        assertThrows(IllegalArgumentException.class, () -> DurationText.parse(text));
    }

    @Test
    void formatReadsBack() {
        for (Duration d : new Duration[] {Duration.ofDays(7), Duration.ofHours(36), Duration.ofMinutes(90),
                Duration.ofSeconds(61)}) {
            assertEquals(d, DurationText.parse(DurationText.format(d)));
        }
        assertEquals("7d", DurationText.format(Duration.ofDays(7)));
    }
}
