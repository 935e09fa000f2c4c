package io.finguard.terraform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The corpus comparison on hand-written pairs, so that a lenient comparison cannot make the whole corpus pass:
 * each rule of {@link DifferentialComparison} has a case that must differ and one that must agree.
 */
class DifferentialComparisonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> compare(String expected, String inspected) throws IOException {
        return DifferentialComparison.compare(JSON.readTree(expected.replace('\'', '"')),
                JSON.readTree(inspected.replace('\'', '"')), "/cases/x");
    }

    private static String plan(String resources, String modules) {
        return "{'resources': {" + resources + "}, 'modules': [" + modules + "], 'outputs': {}}";
    }

    private static String inspect(String resources, String modules, String errors) {
        return "{'resources': [" + resources + "], 'modules': [{'address': ''}" + modules + "], 'errors': [" + errors
                + "]}";
    }

    @Test
    void valuesAgreeWhenNumbersAreEqualWhateverTheirNotationAndCwdIsSubstituted() throws IOException {
        assertEquals(List.of(), compare(
                plan("'terraform_data.a': {'input': {'n': 2, 'p': '<cwd>/x', 'l': [1.5, true, null]}}", ""),
                inspect("{'address': 'terraform_data.a', 'attributes': {'input': {'n': 2.0, 'p': '/cases/x/x',"
                        + " 'l': [1.50, true, null]}}}", "", "")));
    }

    @Test
    void unknownMissingAndRetypedValuesDiffer() throws IOException {
        assertEquals(List.of(
                        "terraform_data.a input.gone: Terraform has null, finguard has no value",
                        "terraform_data.a input.n: Terraform has 5, finguard has \"5\"",
                        "terraform_data.a input.u: Terraform has \"v\", finguard has unknown (var.v)"),
                compare(plan("'terraform_data.a': {'input': {'n': 5, 'u': 'v', 'gone': null}}", ""),
                        inspect("{'address': 'terraform_data.a', 'attributes': {'input': {'n': '5',"
                                + " 'u': {'unknown': 'var.v'}}}}", "", "")));
    }

    @Test
    void instanceKeysMapToTheResourceAndNoInstancesMeansNoAddress() throws IOException {
        assertEquals(List.of(), compare(
                plan("'terraform_data.r[\\\"k\\\"]': {'input': 1}, 'terraform_data.r[\\\"j\\\"]': {'input': 2}", ""),
                inspect("{'address': 'terraform_data.r', 'forEach': {'unknown': 'var.m'}, 'attributes': {}},"
                        + "{'address': 'terraform_data.none', 'count': 0, 'attributes': {}},"
                        + "{'address': 'terraform_data.empty', 'forEach': {}, 'attributes': {}}", "", "")));
        assertEquals(List.of("finguard has terraform_data.none; Terraform plans no instance of it"), compare(
                plan("", ""), inspect("{'address': 'terraform_data.none', 'count': 1, 'attributes': {}}", "", "")));
    }

    @Test
    void moduleInstancesAndErrorsMustMatch() throws IOException {
        assertEquals(List.of(
                        "finguard reports an error where Terraform plans without one: main.tf:3 boom",
                        "module instances differ: Terraform has [module.a[0]]; finguard lacks [module.a[0]] and has"
                                + " in excess [module.a]"),
                compare(plan("", "'module.a[0]'"),
                        inspect("", ",{'address': 'module.a'}", "{'file': 'main.tf', 'line': 3, 'message': 'boom'}")));
    }

    @Test
    void aCycleMustBeOneErrorNamingEveryNode() throws IOException {
        String cycle = "{'error': 'Cycle', 'nodes': ['local.a', 'local.b']}";
        assertEquals(List.of(), compare(cycle,
                inspect("", "", "{'file': 'main.tf', 'line': 2, 'message': 'dependency cycle: local.a -> local.b'}")));
        assertEquals(List.of("the cycle error does not name local.b (Terraform's cycle: [\"local.a\",\"local.b\"]):"
                        + " main.tf:2 dependency cycle: local.a"),
                compare(cycle, inspect("", "",
                        "{'file': 'main.tf', 'line': 2, 'message': 'dependency cycle: local.a'}")));
    }

    @Test
    void aRefusalMustBeReportedAtTheSameFileAndLineOnly() throws IOException {
        String refusal = "{'errors': [{'summary': 'Invalid function argument', 'file': 'm/main.tf', 'line': 8}]}";
        assertEquals(List.of(), compare(refusal,
                inspect("", "", "{'file': 'm/main.tf', 'line': 8, 'message': 'in lower(): null'}")));
        assertEquals(List.of(
                        "finguard reports an error where Terraform has none: m/main.tf:6 in lower(): null",
                        "Terraform reports \"Invalid function argument\" at m/main.tf:8;"
                                + " finguard reports no error there"),
                compare(refusal, inspect("", "", "{'file': 'm/main.tf', 'line': 6, 'message': 'in lower(): null'}")));
    }

    @Test
    void outputsAreComparedOnceInspectPrintsThem() throws IOException {
        String expected = "{'resources': {}, 'modules': [], 'outputs': {'o': 1}}";
        assertEquals(List.of(), compare(expected, "{'resources': [], 'modules': [{'address': ''}], 'errors': []}"));
        assertEquals(List.of("output.o: Terraform has 1, finguard has unknown (x)",
                        "finguard has output.p; Terraform has no such root output"),
                compare(expected, "{'resources': [], 'modules': [{'address': '', 'outputs': {'o': {'unknown': 'x'},"
                        + " 'p': 2}}], 'errors': []}"));
    }
}
