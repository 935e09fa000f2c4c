package io.finguard.api.edit;

import io.finguard.hcl.HclParser;
import io.finguard.hcl.SourceFile;
import io.finguard.hcl.TokenKind;
import io.finguard.hcl.TokenStream;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Aligns {@code =} and trailing comments the way {@code terraform fmt} does (hclwrite's {@code formatCells}), but
 * only where an edit changed something, so that the rest of a file keeps its own layout.
 *
 * <p>hclwrite cuts a file into lines at newline tokens (a heredoc or a multi-line comment stays within one line).
 * A line whose first {@code =} is not its first token and is followed by a bracket-balanced rest (counting
 * {@code { [ ( ${ %{} against their closers, and stopping at a heredoc opener) is an <em>assign</em> line; a line
 * with at least one other token that ends in a {@code #} or {@code //} comment has a <em>comment</em> cell.
 * Consecutive assign lines form a chain whose {@code =} all sit one space after the longest lead (indent and name);
 * then consecutive comment lines form a chain whose comments all sit one space after the longest text before them.
 * Widths count characters as a reader sees them (grapheme clusters), as hclwrite does, not bytes.
 *
 * <p>Given the text before and after an edit, a chain of the new text is re-padded when it is not exactly a chain of
 * the old text (same lines, same widths): an inserted or renamed line, a line that became or stopped being an
 * assignment, or a value of another width before a comment. Chains the edit did not change keep their padding, even
 * when it is not what terraform fmt would write.
 */
final class FmtAlignment {

    private FmtAlignment() {
    }

    /**
     * One hclwrite line, by offsets into its text. {@code -1} marks a missing cell.
     *
     * @param start    where the line starts
     * @param leadEnd  the end of the last token before the line's first {@code =} (when it is not the first token)
     * @param equalsSign that {@code =}
     * @param balanced whether the rest of the line from that {@code =} is bracket-balanced: an assign line
     * @param bodyEnd  the end of the last token before the comment (comment lines only)
     * @param comment  the trailing comment
     */
    record Line(int start, int leadEnd, int equalsSign, boolean balanced, int bodyEnd, int comment) {

        boolean isAssign() {
            return balanced;
        }

        /** Opens a multi-line value ({@code tags = {}): not aligned, one space before {@code =} as fmt spaces it. */
        boolean opensValue() {
            return equalsSign >= 0 && !balanced;
        }

        boolean hasComment() {
            return comment >= 0;
        }
    }

    /** {@code text} with every chain aligned: how a newly written block is laid out. */
    static String alignAll(String text) {
        int[] origins = new int[Indentation.lineCount(text)];
        Arrays.fill(origins, -1);
        return align("", text, origins);
    }

    /**
     * {@code after} with the chains that differ from those of {@code before} re-padded.
     *
     * @param origins for each text line of {@code after}, the offset in {@code before} of the line it stands for
     *                (an untouched line, or a line replaced one for one), or -1 for a new line
     */
    static String align(String before, String after, int[] origins) {
        List<Line> old = lines(before);
        List<Line> now = lines(after);
        int[] lineStarts = lineStarts(after);
        int[] origin = new int[now.size()];
        for (int i = 0; i < now.size(); i++) {
            int textLine = Arrays.binarySearch(lineStarts, now.get(i).start());
            origin[i] = textLine >= 0 && textLine < origins.length ? origins[textLine] : -1;
        }
        List<int[]> pads = new ArrayList<>();
        int[] delta = new int[now.size()];

        Map<Integer, List<Line>> oldAssign = chainsByStart(old, Line::isAssign);
        for (List<Integer> chain : chains(now, Line::isAssign)) {
            int[] widths = new int[chain.size()];
            for (int k = 0; k < chain.size(); k++) {
                Line l = now.get(chain.get(k));
                widths[k] = width(after, l.start(), l.leadEnd());
            }
            if (same(chain, widths, origin, oldAssign, l -> width(before, l.start(), l.leadEnd()))) {
                continue;
            }
            int max = Arrays.stream(widths).max().orElse(0);
            for (int k = 0; k < chain.size(); k++) {
                Line l = now.get(chain.get(k));
                int want = max - widths[k] + 1;
                delta[chain.get(k)] = want - width(after, l.leadEnd(), l.equalsSign());
                pads.add(new int[]{l.leadEnd(), l.equalsSign(), want});
            }
        }

        for (int i = 0; i < now.size(); i++) {
            Line l = now.get(i);
            if (origin[i] < 0 && l.opensValue()) {
                delta[i] = 1 - width(after, l.leadEnd(), l.equalsSign());
                pads.add(new int[]{l.leadEnd(), l.equalsSign(), 1});
            }
        }

        Map<Integer, List<Line>> oldComments = chainsByStart(old, Line::hasComment);
        for (List<Integer> chain : chains(now, Line::hasComment)) {
            int[] widths = new int[chain.size()];
            for (int k = 0; k < chain.size(); k++) {
                Line l = now.get(chain.get(k));
                widths[k] = width(after, l.start(), l.bodyEnd()) + delta[chain.get(k)];
            }
            if (same(chain, widths, origin, oldComments, l -> width(before, l.start(), l.bodyEnd()))) {
                continue;
            }
            int max = Arrays.stream(widths).max().orElse(0);
            for (int k = 0; k < chain.size(); k++) {
                Line l = now.get(chain.get(k));
                pads.add(new int[]{l.bodyEnd(), l.comment(), max - widths[k] + 1});
            }
        }
        return applyPads(after, pads);
    }

    /** Whether a chain of the new text is a chain of the old one: the same lines, in order, of the same widths. */
    private static boolean same(List<Integer> chain, int[] widths, int[] origin, Map<Integer, List<Line>> oldChains,
                                ToIntFunction<Line> oldWidth) {
        int first = origin[chain.get(0)];
        List<Line> old = first < 0 ? null : oldChains.get(first);
        if (old == null || old.size() != chain.size() || old.get(0).start() != first) {
            return false;
        }
        for (int k = 0; k < chain.size(); k++) {
            if (origin[chain.get(k)] != old.get(k).start() || widths[k] != oldWidth.applyAsInt(old.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static String applyPads(String text, List<int[]> pads) {
        pads.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (int[] pad : pads) {
            out.append(text, at, pad[0]).append(" ".repeat(pad[2]));
            at = pad[1];
        }
        return out.append(text, at, text.length()).toString();
    }

    /** Runs of consecutive lines that are members, as indexes into {@code lines}. */
    private static List<List<Integer>> chains(List<Line> lines, Predicate<Line> member) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> current = null;
        for (int i = 0; i < lines.size(); i++) {
            if (member.test(lines.get(i))) {
                if (current == null) {
                    current = new ArrayList<>();
                    out.add(current);
                }
                current.add(i);
            } else {
                current = null;
            }
        }
        return out;
    }

    /** Each member line's chain, keyed by the line's start offset. */
    private static Map<Integer, List<Line>> chainsByStart(List<Line> lines, Predicate<Line> member) {
        Map<Integer, List<Line>> out = new HashMap<>();
        for (List<Integer> chain : chains(lines, member)) {
            List<Line> members = chain.stream().map(lines::get).toList();
            for (Line l : members) {
                out.put(l.start(), members);
            }
        }
        return out;
    }

    /**
     * Columns between two offsets, counted from the start of the text line {@code to} is on: characters as a reader
     * sees them (grapheme clusters, as hclwrite counts them, so {@code e} and a combining accent are one column).
     */
    static int width(String text, int lineStart, int to) {
        int from = Math.max(lineStart, text.lastIndexOf('\n', to - 1) + 1);
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            return to - from;
        }
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(text.substring(from, to));
        int count = 0;
        while (clusters.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            starts.add(at);
            at = Indentation.nextLineStart(text, at);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The hclwrite lines of a text (blank lines included, as lines without cells). */
    static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        TokenStream tokens = HclParser.lex(new SourceFile("edit", text));
        List<Integer> significant = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
            TokenKind kind = tokens.kind(i);
            if (kind == TokenKind.NEWLINE || kind == TokenKind.EOF) {
                if (kind == TokenKind.NEWLINE || lineStart < text.length()) {
                    out.add(classify(tokens, text, lineStart, significant));
                }
                significant.clear();
                lineStart = tokens.end(i);
            } else if (kind != TokenKind.WHITESPACE && kind != TokenKind.BOM) {
                significant.add(i);
            }
        }
        return out;
    }

    private static Line classify(TokenStream tokens, String text, int start, List<Integer> sig) {
        int n = sig.size();
        if (n == 0) {
            return new Line(start, -1, -1, false, -1, -1);
        }
        int comment = -1;
        int last = n;
        int lastToken = sig.get(n - 1);
        if (n > 1 && tokens.kind(lastToken) == TokenKind.COMMENT && isLineComment(text, tokens.start(lastToken))) {
            comment = tokens.start(lastToken);
            last = n - 1;
        }
        int bodyEnd = comment >= 0 ? tokens.end(sig.get(last - 1)) : -1;
        for (int j = 1; j < last; j++) {
            if (tokens.kind(sig.get(j)) != TokenKind.EQUAL) {
                continue;
            }
            int net = 0;
            for (int m = j; m < last; m++) {
                TokenKind kind = tokens.kind(sig.get(m));
                net += bracketChange(kind);
                if (kind == TokenKind.OHEREDOC) {
                    break;
                }
            }
            return new Line(start, tokens.end(sig.get(j - 1)), tokens.start(sig.get(j)), net == 0, bodyEnd, comment);
        }
        return new Line(start, -1, -1, false, bodyEnd, comment);
    }

    private static boolean isLineComment(String text, int at) {
        return text.startsWith("#", at) || text.startsWith("//", at);
    }

    /** hclwrite's tokenBracketChange. */
    private static int bracketChange(TokenKind kind) {
        return switch (kind) {
            case LBRACE, LBRACK, LPAREN, TEMPLATE_INTERP, TEMPLATE_CONTROL -> 1;
            case RBRACE, RBRACK, RPAREN, TEMPLATE_SEQ_END -> -1;
            default -> 0;
        };
    }
}
