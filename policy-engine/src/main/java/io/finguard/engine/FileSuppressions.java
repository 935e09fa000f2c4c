package io.finguard.engine;

import io.finguard.hcl.Block;
import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Range;
import io.finguard.hcl.Token;
import io.finguard.hcl.TokenKind;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The suppression comments of one parsed file, read from its COMMENT tokens (so {@code #} inside a string or
 * heredoc never counts), and which block each one belongs to.
 * <p>
 * A directive belongs to a block when it is inside the block's braces, or in the run of comment-only lines
 * directly above its header. A blank line or a line of code ends that run, as with Go doc comments: a comment
 * separated from a block by a blank line is about something else.
 */
final class FileSuppressions {

    private record Placed(SuppressionDirective directive, Range range) {
    }

    private final List<Placed> directives = new ArrayList<>();
    /** Lines holding a comment and no code, by 1-based line number. */
    private final BitSet commentOnlyLines = new BitSet();

    FileSuppressions(String file, ConfigFile config) {
        if (!config.source().text().contains(SuppressionSyntax.PREFIX)) {
            // no directive anywhere, and the lines below only place directives: most files end here, without the
            // walk over every token (a twentieth of a scan of a large repository)
            return;
        }
        BitSet commentLines = new BitSet();
        BitSet codeLines = new BitSet();
        for (Token token : config.tokens()) {
            Range r = token.range();
            TokenKind kind = token.kind();
            if (kind == TokenKind.COMMENT) {
                commentLines.set(r.startLine(), r.endLine() + 1);
                SuppressionDirective d = SuppressionSyntax.parse(config.source().slice(r), file, r.startLine());
                if (d != null) {
                    directives.add(new Placed(d, r));
                }
            } else if (!kind.isTrivia() && kind != TokenKind.NEWLINE && kind != TokenKind.EOF) {
                codeLines.set(r.startLine(), r.endLine() + 1);
            }
        }
        commentOnlyLines.or(commentLines);
        commentOnlyLines.andNot(codeLines);
    }

    List<SuppressionDirective> all() {
        return directives.stream().map(Placed::directive).toList();
    }

    /** The directives inside {@code block} or in the comment lines directly above it. */
    List<SuppressionDirective> attachedTo(Block block) {
        Range range = block.range();
        int firstAbove = range.startLine();
        while (firstAbove > 1 && commentOnlyLines.get(firstAbove - 1)) {
            firstAbove--;
        }
        List<SuppressionDirective> out = new ArrayList<>();
        for (Placed p : directives) {
            boolean inside = range.contains(p.range());
            boolean above = p.range().startLine() >= firstAbove && p.range().endLine() < range.startLine();
            if (inside || above) {
                out.add(p.directive());
            }
        }
        return out;
    }
}
