package io.finguard.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleAddressesTest {

    private static final String DEEP = "module.a[\"x.y]\\\"z\"].module.b[0].module.c";

    @Test
    void cutsAtModuleStepsEvenWhenAKeyHoldsDotsBracketsAndQuotes() {
        assertEquals("", ModuleAddresses.prefix(DEEP, 0));
        assertEquals("module.a[\"x.y]\\\"z\"]", ModuleAddresses.prefix(DEEP, 1));
        assertEquals("module.a[\"x.y]\\\"z\"].module.b[0]", ModuleAddresses.prefix(DEEP, 2));
        assertEquals(DEEP, ModuleAddresses.prefix(DEEP, 3));
        assertThrows(IllegalArgumentException.class, () -> ModuleAddresses.prefix(DEEP, 4));
    }

    @Test
    void aResourceIsWithinItsModuleInstanceAndNotWithinASiblingWithALongerName() {
        assertTrue(ModuleAddresses.within("module.a.aws_s3_bucket.b", "module.a"));
        assertTrue(ModuleAddresses.within("aws_s3_bucket.b", ""));
        assertFalse(ModuleAddresses.within("module.ab.aws_s3_bucket.b", "module.a"));
        assertFalse(ModuleAddresses.within("module.a[\"x\"].aws_s3_bucket.b", "module.a"));
    }
}
