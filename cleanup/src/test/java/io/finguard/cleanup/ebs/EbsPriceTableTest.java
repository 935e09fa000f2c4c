package io.finguard.cleanup.ebs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EbsPriceTableTest {

    private final EbsPriceTable table = EbsPriceTable.bundled();

    @Test
    void pricesEveryTypeInACommonRegion() {
        assertEquals(10.0, table.monthlyCost("us-east-1", "gp2", 100, null, null).monthlyUsd(), 1e-9);
        assertEquals(8.0, table.monthlyCost("us-east-1", "gp3", 100, 3000, 125).monthlyUsd(), 1e-9);
        assertEquals(4.5, table.monthlyCost("us-east-1", "st1", 100, null, null).monthlyUsd(), 1e-9);
        assertEquals(1.5, table.monthlyCost("us-east-1", "sc1", 100, null, null).monthlyUsd(), 1e-9);
        assertEquals(5.0, table.monthlyCost("us-east-1", "standard", 100, null, null).monthlyUsd(), 1e-9);
        assertFalse(table.monthlyCost("eu-central-1", "io2", 10, 100, null).fallback());
    }

    @Test
    void addsProvisionedIopsAndThroughput() {
        assertEquals(12.5 + 65.0, table.monthlyCost("us-east-1", "io1", 100, 1000, null).monthlyUsd(), 1e-9);
        assertEquals(8.0 + 5.0 + 4.0, table.monthlyCost("us-east-1", "gp3", 100, 4000, 225).monthlyUsd(), 1e-9);
    }

    @Test
    void unknownRegionOrTypeUsesTheFallbackAndSaysSo() {
        EbsPriceTable.Quote q = table.monthlyCost("xx-nowhere-9", "gp3", 100, null, null);
        assertTrue(q.fallback());
        assertEquals(9.6, q.monthlyUsd(), 1e-9);
        assertTrue(table.monthlyCost("us-east-1", "gp9", 100, null, null).fallback());
    }
}
