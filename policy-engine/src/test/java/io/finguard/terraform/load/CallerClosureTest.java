package io.finguard.terraform.load;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text test that spares {@link CallerClosure} parsing files without module blocks. */
class CallerClosureTest {

    @Test
    void referencesToModulesAndWordsContainingModuleAreNoCall() {
        assertFalse(CallerClosure.mayDeclareModule("output \"x\" { value = module.app.id }\n"));
        assertFalse(CallerClosure.mayDeclareModule("locals {\n  module_count = var.module\n  n = submodule\n}\n"));
        assertFalse(CallerClosure.mayDeclareModule("locals { module = 1 }\n"));
        assertFalse(CallerClosure.mayDeclareModule("module"));
        assertFalse(CallerClosure.mayDeclareModule("description = \"Every log group the module creates.\""));
    }

    @Test
    void everyFormOfAModuleBlockIsACandidate() {
        assertTrue(CallerClosure.mayDeclareModule("module \"a\" {\n}\n"));
        assertTrue(CallerClosure.mayDeclareModule("x = 1\n  module\tb {\n}\n"));
        assertTrue(CallerClosure.mayDeclareModule("/* c */ module \"a\" {\n}\n"));
        assertTrue(CallerClosure.mayDeclareModule("module\"a\" {\n}\n"));
        assertTrue(CallerClosure.mayDeclareModule("module a{\n}\n"));
        assertTrue(CallerClosure.mayDeclareModule("module a \"b\" {\n}\n"));
    }
}
