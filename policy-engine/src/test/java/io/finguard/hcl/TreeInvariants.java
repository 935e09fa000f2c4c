package io.finguard.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.BitSet;
import java.util.List;

/**
 * The guarantees every parse result keeps, valid input or not: the tokens are contiguous and print the input
 * back, and every node's range nests in its parent's, lies on token boundaries and has the right lines and
 * columns.
 */
final class TreeInvariants {

    private TreeInvariants() {
    }

    static void assertLossless(ConfigFile file) {
        String text = file.source().text();
        assertEquals(text, file.print(), "printing the tokens reproduces the input");
        List<Token> tokens = file.tokens();
        int offset = 0;
        for (Token token : tokens) {
            assertEquals(offset, token.range().start(), () -> "token " + token + " starts where the previous ends");
            offset = token.range().end();
        }
        assertEquals(text.length(), offset, "tokens cover the whole file");
        assertEquals(TokenKind.EOF, tokens.get(tokens.size() - 1).kind());
        Positions positions = new Positions(text);
        for (Token token : tokens) {
            positions.assertRange(token.range(), token);
        }
    }

    static void assertRangesSound(ConfigFile file) {
        String text = file.source().text();
        BitSet starts = new BitSet(text.length() + 1);
        BitSet ends = new BitSet(text.length() + 1);
        for (Token token : file.tokens()) {
            starts.set(token.range().start());
            ends.set(token.range().end());
        }
        starts.set(text.length());
        ends.set(0);
        Positions positions = new Positions(text);
        assertNodeRanges(file.body(), null, starts, ends, positions);
    }

    static void assertExpressionRangesSound(Node node, String text) {
        Positions positions = new Positions(text);
        SyntaxWalk.forEach(node, n -> positions.assertRange(n.range(), n));
    }

    private static void assertNodeRanges(Node node, Node parent, BitSet starts, BitSet ends, Positions positions) {
        Range range = node.range();
        if (parent != null && !parent.range().contains(range)) {
            fail(describe(node) + " at " + range + " lies outside its parent " + describe(parent) + " at "
                    + parent.range());
        }
        assertTrue(starts.get(range.start()), () -> describe(node) + " starts inside a token: " + range);
        assertTrue(ends.get(range.end()), () -> describe(node) + " ends inside a token: " + range);
        positions.assertRange(range, node);
        for (Node child : SyntaxWalk.children(node)) {
            assertNodeRanges(child, node, starts, ends, positions);
        }
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName();
    }

    /** Lines and columns computed independently of the lexer, from the text alone. */
    static final class Positions {
        private final int[] lines;
        private final int[] columns;

        Positions(String text) {
            lines = new int[text.length() + 1];
            columns = new int[text.length() + 1];
            int line = 1;
            int column = 1;
            for (int i = 0; i <= text.length(); i++) {
                lines[i] = line;
                columns[i] = column;
                if (i < text.length() && text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
        }

        void assertRange(Range range, Object owner) {
            assertTrue(range.start() <= range.end(), () -> owner + ": start after end");
            // described only on failure: printing a body prints all of it, which for every node of a large file
            // made this check quadratic
            assertEquals(lines[range.start()], range.startLine(), () -> "start line of " + owner + " " + range);
            assertEquals(columns[range.start()], range.startColumn(), () -> "start column of " + owner + " " + range);
            assertEquals(lines[range.end()], range.endLine(), () -> "end line of " + owner + " " + range);
            assertEquals(columns[range.end()], range.endColumn(), () -> "end column of " + owner + " " + range);
        }
    }
}
