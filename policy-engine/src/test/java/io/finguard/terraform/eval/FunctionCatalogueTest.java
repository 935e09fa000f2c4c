package io.finguard.terraform.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The functions real modules use are all implemented, and each has at least one case in functions.cases. */
class FunctionCatalogueTest {

    private static final List<String> REQUIRED = List.of("merge", "concat", "lookup", "coalesce", "coalescelist",
            "try", "can", "format", "formatlist", "join", "split", "lower", "upper", "title", "replace", "substr",
            "trimspace", "trim", "trimprefix", "trimsuffix", "length", "contains", "keys", "values", "tomap",
            "tolist", "toset", "tostring", "tonumber", "tobool", "element", "index", "flatten", "distinct", "zipmap",
            "jsonencode", "jsondecode", "yamlencode", "slice", "range", "reverse", "sort", "compact", "min", "max",
            "abs", "ceil", "floor", "pow", "parseint", "regex", "regexall", "startswith", "endswith", "strcontains",
            "setunion", "setintersection", "setsubtract", "one", "sum", "chunklist", "transpose", "alltrue",
            "anytrue", "base64encode", "base64decode", "md5", "sha1", "sha256", "cidrsubnet", "file", "fileexists",
            "templatefile", "abspath", "basename", "dirname", "timestamp", "uuid", "plantimestamp");

    @Test
    void everyRequiredFunctionIsImplemented() {
        List<String> missing = REQUIRED.stream().filter(f -> !Functions.standard().isImplemented(f))
                .collect(Collectors.toList());
        assertEquals(List.of(), missing);
    }

    @Test
    void everyImplementedFunctionHasACase() throws Exception {
        String cases;
        try (var in = getClass().getResourceAsStream("/eval/functions.cases")) {
            cases = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String casesAndFileTests = cases + FileFunctionsTest.class.getSimpleName();
        List<String> untested = Functions.standard().names().stream()
                .filter(f -> !casesAndFileTests.contains(f + "(") && !FILE_FUNCTIONS.contains(f))
                .collect(Collectors.toList());
        assertEquals(List.of(), untested);
    }

    /** Tested in FileFunctionsTest, since they need a directory. */
    private static final List<String> FILE_FUNCTIONS = List.of("file", "fileexists", "templatefile", "abspath",
            "filebase64", "filemd5", "filesha1", "filesha256", "filebase64sha256", "filebase64sha512");

    @Test
    void namesAreSortedAndIncludeTheLazyOnes() {
        assertTrue(Functions.standard().names().contains("try"));
        assertFalse(Functions.standard().isImplemented("formatdate"));
    }
}
