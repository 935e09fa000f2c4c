package io.finguard.cleanup.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobSettingsJsonTest {

    @Test
    void roundTripsWithoutTheProfile() {
        JobSettings s = new JobSettings(List.of("eu-west-1"), Duration.ofHours(36), "keep", Duration.ofDays(3), true,
                true, "http://localhost:4566", "local-profile");

        JobSettings back = JobSettingsJson.fromMap(JobSettingsJson.toMap(s));

        assertEquals(new JobSettings(List.of("eu-west-1"), Duration.ofHours(36), "keep", Duration.ofDays(3), true,
                true, "http://localhost:4566", null), back);
    }

    @Test
    void wrongTypesAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> JobSettingsJson.fromMap(Map.of("apply", "yes")));
        assertThrows(IllegalArgumentException.class, () -> JobSettingsJson.fromMap(Map.of("minAge", "soon")));
        assertThrows(IllegalArgumentException.class, () -> JobSettingsJson.fromMap(Map.of("regions", 3)));
    }
}
