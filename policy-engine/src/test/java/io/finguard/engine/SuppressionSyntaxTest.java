package io.finguard.engine;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The comment grammar alone: what is a directive, what it says, and what makes it malformed. */
class SuppressionSyntaxTest {

    private static SuppressionDirective parse(String comment) {
        return SuppressionSyntax.parse(comment, "main.tf", 4);
    }

    @Test
    void ordinaryCommentsAreNotDirectives() {
        assertNull(parse("# just a note about finguard:ignore"));
        assertNull(parse("// TODO"));
        assertNull(parse("/* finguard:ignore FG101 reason=\"x\" */"));
    }

    @Test
    void readsIdsReasonAndUntilInAnySpacing() {
        SuppressionDirective d = parse("#   finguard:ignore FG101 ,FG201,  fg301   reason=\"say \\\"why\\\"\""
                + "   until=2027-06-30  ");
        assertEquals(new SuppressionDirective("main.tf", 4, List.of("FG101", "FG201", "FG301"), "say \"why\"",
                LocalDate.of(2027, 6, 30), null), d);
    }

    @Test
    void keysMayComeInEitherOrderAndReasonMayBeBare() {
        SuppressionDirective d = parse("// finguard:ignore FG101 until=2027-01-01 reason=legacy");
        assertEquals("legacy", d.reason());
        assertEquals(LocalDate.of(2027, 1, 1), d.until());
        assertNull(d.malformed());
    }

    @Test
    void problemsAreNamed() {
        assertEquals("names no rule (expected e.g. finguard:ignore FG101 reason=\"…\")",
                parse("# finguard:ignore").malformed());
        assertEquals("unexpected text \"FG201 reason=\"x\"\"", parse("# finguard:ignore FG101 FG201 reason=\"x\"")
                .malformed());
        assertEquals("reason given twice", parse("# finguard:ignore FG101 reason=a reason=b").malformed());
        assertEquals("until=tomorrow is not a date (expected YYYY-MM-DD)",
                parse("# finguard:ignore FG101 reason=a until=tomorrow").malformed());
        assertEquals("unknown directive finguard:ignore-file (expected finguard:ignore)",
                parse("# finguard:ignore-file FG101").malformed());
        assertEquals("unknown directive finguard:ignore:… (expected finguard:ignore)",
                parse("# finguard:ignore:FG101").malformed());
    }
}
