package io.finguard.api.edit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * hclwrite's formatCells, mirrored: what counts as an assign line, where chains end, how trailing comments align.
 * Each expected text is what {@code terraform fmt} 1.11 writes for the input (indentation aside).
 */
class FmtAlignmentTest {

    @Test
    void assignChainsEndAtEveryOtherLine() {
        assertAligns("""
                locals {
                  a   = 1
                  bbb = 2

                  cc = 3
                  # note
                  dddd = 4
                  e = [
                    1,
                  ]
                  ffffff = {
                    g = 1
                  }
                  hh = { x = 1 }
                  i  = "${var.a} %{if true}x%{endif}"
                  j  = (1 == 1)
                }
                """);
    }

    /** {@code formatted} is what alignment makes of itself with every padding cut to one space. */
    private static void assertAligns(String formatted) {
        String unaligned = formatted.replaceAll("(?m)(\\S) +(=|#|//) ", "$1 $2 ");
        assertEquals(formatted, FmtAlignment.alignAll(unaligned));
    }

    @Test
    void aHeredocStaysInTheChainOfTheLineThatOpensIt() {
        assertAligns("""
                locals {
                  policy = <<EOT
                a = 1
                EOT
                  n      = 1
                }
                """);
    }

    @Test
    void trailingCommentsAlignOverConsecutiveLinesOfAnyKind() {
        assertEquals("""
                resource "x" "y" {
                  name              = "x" # c
                  retention_in_days = 30  // long comment
                  zz {                    # y
                  }
                  z = 1 /* a block comment is not a trailing comment */
                }
                """, FmtAlignment.alignAll("""
                resource "x" "y" {
                  name = "x" # c
                  retention_in_days = 30  // long comment
                  zz {  # y
                  }
                  z = 1 /* a block comment is not a trailing comment */
                }
                """));
    }

    @Test
    void widthsCountCharactersNotBytes() {
        // decomposed é (e + U+0301) is one column, as for terraform fmt
        assertEquals("locals {\n  e\u0301e\u0301  = 1\n  abc = 2\n  éé  = 1\n}\n",
                FmtAlignment.alignAll("locals {\n  e\u0301e\u0301 = 1\n  abc = 2\n  éé = 1\n}\n"));
    }

    @Test
    void onlyChangedChainsMove() {
        String before = "a = 1\nbbb = 2\n\nc = 3\n";
        String after = "a = 1\nbbb = 2\n\nc = 3\ndd = 4\n";
        // lines 0, 1, 2, 3 stand for the old lines at offsets 0, 6, 14, 15; line 4 is new
        assertEquals("a = 1\nbbb = 2\n\nc  = 3\ndd = 4\n",
                FmtAlignment.align(before, after, new int[]{0, 6, 14, 15, -1}));
    }
}
