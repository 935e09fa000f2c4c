package io.finguard.cleanup.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finguard.cleanup.fakes.World;
import io.finguard.cleanup.model.JobSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CleanupHandlerTest {

    private final World w = new World();
    private final AtomicReference<JobSettings> seen = new AtomicReference<>();
    private final CleanupHandler handler = new CleanupHandler(s -> {
        seen.set(s);
        return w.run(s);
    }, Map.of("AWS_REGION", "eu-west-1")::get);

    @Test
    void inputIsTheCommandLineOptionsAsJson() {
        String json = handler.handleRequest(Map.of("regions", List.of("eu-west-1"), "minAge", "12h",
                "grace", "P2D", "keepTag", "k", "snapshotBeforeDelete", true, "apply", true), null);

        JobSettings s = seen.get();
        assertEquals(Duration.ofHours(12), s.minAge());
        assertEquals(Duration.ofDays(2), s.grace());
        assertEquals("k", s.keepTag());
        assertTrue(s.snapshotBeforeDelete() && s.apply());
        assertTrue(json.contains("\"schemaVersion\" : 1"), json);
    }

    @Test
    void emptyInputCleansTheFunctionsOwnRegionAsADryRun() {
        handler.handleRequest(Map.of(), null);

        assertEquals(List.of("eu-west-1"), seen.get().regions());
        assertEquals(false, seen.get().apply());
    }

    @Test
    void unknownKeysAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> handler.handleRequest(Map.of("mnAge", "1d"), null));
        assertTrue(e.getMessage().contains("mnAge"));
    }

    @Test
    void aFailedActionFailsTheInvocation() {
        w.ec2.volume("vol-1", "available", 1, "gp3", w.daysAgo(30), Map.of()).fail("CreateTags", "vol-1", "Boom");

        CleanupHandler.CleanupFailedException e = assertThrows(CleanupHandler.CleanupFailedException.class,
                () -> handler.handleRequest(Map.of("apply", true), null));
        assertTrue(e.getMessage().startsWith("1 cleanup action(s) failed"), e.getMessage());
    }
}
