/**
 * Test helpers that other modules' tests share through this module's test-jar: the vendored SARIF 2.1.0 schema and
 * its validator. Depends on JUnit, Jackson and the JSON schema validator only, never on finguard's main code, so that
 * any module can use it.
 */
package io.finguard.testsupport;
