package io.finguard.terraform.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AddressesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "aws_s3_bucket.b                        | aws_s3_bucket/b                        | aws_s3_bucket.b          | ''",
            "data.aws_region.current                | data/aws_region/current                | data.aws_region.current  | ''",
            "module.a[\"x.y[1]\"].aws_s3_bucket.b[0] | module/a[\"x.y[1]\"]/aws_s3_bucket/b[0] | module.a.aws_s3_bucket.b | module.a[\"x.y[1]\"]",
            "module.a[\"q\\\".z\"].data.aws_region.r | module/a[\"q\\\".z\"]/data/aws_region/r | module.a.data.aws_region.r | module.a[\"q\\\".z\"]",
            "module.a[0].module.b[\"k.1\"].aws_x.y[\"v\"] | module/a[0]/module/b[\"k.1\"]/aws_x/y[\"v\"] | module.a.module.b.aws_x.y | module.a[0].module.b[\"k.1\"]"})
    void splitsAndStripsOutsideInstanceKeys(String address, String steps, String config, String module) {
        assertEquals(Arrays.asList(steps.split("/")), Addresses.steps(address));
        assertEquals(config, Addresses.configAddress(address));
        assertEquals(module, Addresses.moduleOf(address));
    }

    @Test
    void theRootModuleHasNoSteps() {
        assertEquals(List.of(), Addresses.steps(""));
        assertEquals(List.of(), Addresses.moduleLineage(""));
        assertEquals("", Addresses.parentModule(""));
    }

    @Test
    void moduleLineageAndParent() {
        assertEquals(List.of("module.a[0]", "module.a[0].module.b"), Addresses.moduleLineage("module.a[0].module.b"));
        assertEquals("module.a[0]", Addresses.parentModule("module.a[0].module.b"));
        assertEquals("", Addresses.parentModule("module.a"));
        assertEquals("module.a", Addresses.inModule("", "module.a"));
        assertEquals("module.a.aws_x.y", Addresses.inModule("module.a", "aws_x.y"));
    }
}
