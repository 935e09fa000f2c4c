package io.finguard.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SarifLocationsTest {

    @Test
    void relativePathsBecomeUriReferences() {
        assertEquals("modules/data/main.tf", SarifLocations.uri("modules/data/main.tf"));
        assertEquals("a%20b/c%25d.tf", SarifLocations.uri("a b/c%d.tf"));
        assertEquals("C%3A/x.tf", SarifLocations.uri("C:/x.tf"), "never reads as a URI scheme");
        assertEquals("%E6%97%A5%E6%9C%AC.tf", SarifLocations.uri("日本.tf"));
        assertEquals("a%23b%3Fc.tf", SarifLocations.uri("a#b?c.tf"), "no fragment, no query");
    }
}
