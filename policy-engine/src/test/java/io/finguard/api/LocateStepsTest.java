package io.finguard.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocateStepsTest {

    @Test
    void anIndexedStepReadsBack() {
        assertEquals("ingress[1]", LocateSteps.nth("ingress", 1));
        LocateSteps.Step step = LocateSteps.parse(LocateSteps.nth("ingress", 1));
        assertEquals(new LocateSteps.Step("ingress", 1), step);
        assertTrue(step.indexed());
    }

    @Test
    void aPlainStepHasNoIndex() {
        assertFalse(LocateSteps.parse("tags").indexed());
        assertEquals("tags", LocateSteps.parse("tags").name());
    }

    @Test
    void whatIsNotAnIndexStaysPartOfTheName() {
        for (String step : new String[]{"a[x]", "[1]", "a[]", "a[-1]", "a[1", "a[99999999999]"}) {
            assertEquals(new LocateSteps.Step(step, -1), LocateSteps.parse(step), step);
        }
        assertThrows(IllegalArgumentException.class, () -> LocateSteps.nth("tag", -1));
    }
}
