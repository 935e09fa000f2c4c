package io.finguard.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TerminalTextTest {

    @Test
    void controlAndBidiCharactersAreShownNotInterpreted() {
        assertEquals("a\\u001B[31mb", TerminalText.clean("a\u001B[31mb"));
        assertEquals("x\\u202Ey", TerminalText.clean("x\u202Ey"));
        assertEquals("\\u0007\\u009B", TerminalText.clean("\u0007\u009B"));
        assertEquals("  a", TerminalText.clean("\ta"));
    }

    @Test
    void printableTextIsUntouched() {
        String text = "Jürgen 日本 🚀 \"quoted\" \\path";
        assertSame(text, TerminalText.clean(text));
    }
}
