package io.finguard.report;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalColourTest {

    @Test
    void colourOnlyOnAnInteractiveTerminalThatIsNotDumbAndNotOptedOut() {
        assertTrue(TerminalColour.wanted(true, Map.of("TERM", "xterm-256color")));
        assertTrue(TerminalColour.wanted(true, Map.of()), "no TERM (Windows console) still colours");
        assertFalse(TerminalColour.wanted(false, Map.of("TERM", "xterm")), "piped or redirected");
        assertFalse(TerminalColour.wanted(true, Map.of("TERM", "dumb")));
        assertFalse(TerminalColour.wanted(true, Map.of("NO_COLOR", "1")));
        assertTrue(TerminalColour.wanted(true, Map.of("NO_COLOR", "")), "an empty NO_COLOR does not opt out");
    }
}
