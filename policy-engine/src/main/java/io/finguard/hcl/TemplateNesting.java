package io.finguard.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the nested {@link TemplatePart}s from the flat pieces: {@code %{if}...%{else}...%{endif}} and
 * {@code %{for}...%{endfor}}. A directive without its end is reported and closed at the end of the template.
 */
final class TemplateNesting {

    private final ParseContext ctx;
    private final TokenStream tokens;
    private final List<TemplatePiece> pieces;
    private int next;

    TemplateNesting(ParseContext ctx, List<TemplatePiece> pieces) {
        this.ctx = ctx;
        this.tokens = ctx.tokens;
        this.pieces = pieces;
    }

    List<TemplatePart> parts() {
        List<TemplatePart> parts = new ArrayList<>();
        while (next < pieces.size()) {
            TemplatePiece piece = pieces.get(next);
            if (!readPart(parts)) {
                ctx.report(piece.first, "unexpected %{" + keyword(piece) + "} without a matching "
                        + (piece.kind == TemplatePiece.Kind.ENDFOR ? "%{for}" : "%{if}"));
                next++;
            }
        }
        return FrozenLists.of(parts);
    }

    /** Reads the part at {@code next} into {@code parts}; false (nothing consumed) at an else/end marker. */
    private boolean readPart(List<TemplatePart> parts) {
        TemplatePiece piece = pieces.get(next);
        switch (piece.kind) {
            case LITERAL -> {
                next++;
                parts.add(new TemplatePart.Literal(piece.value, tokens.range(piece.first, piece.last)));
            }
            case INTERPOLATION -> {
                next++;
                parts.add(new TemplatePart.Interpolation(piece.expression, piece.stripLeft, piece.stripRight,
                        tokens.range(piece.first, piece.last)));
            }
            case IF -> {
                next++;
                parts.add(ifPart(piece));
            }
            case FOR -> {
                next++;
                parts.add(forPart(piece));
            }
            case BROKEN -> next++;
            default -> {
                return false;
            }
        }
        return true;
    }

    private TemplatePart ifPart(TemplatePiece open) {
        List<TemplatePart> thenParts = readUntilMarker();
        List<TemplatePart> elseParts = List.of();
        if (at(TemplatePiece.Kind.ELSE)) {
            next++;
            elseParts = readUntilMarker();
        }
        int last = closeWith(open, TemplatePiece.Kind.ENDIF, thenParts, elseParts);
        return new TemplatePart.If(open.expression, FrozenLists.of(thenParts),
                FrozenLists.of(elseParts), open.stripLeft, open.stripRight,
                tokens.range(open.first, last));
    }

    private TemplatePart forPart(TemplatePiece open) {
        List<TemplatePart> body = readUntilMarker();
        int last = closeWith(open, TemplatePiece.Kind.ENDFOR, body, List.of());
        return new TemplatePart.For(open.keyVar, open.valueVar, open.expression,
                FrozenLists.of(body), open.stripLeft, open.stripRight, tokens.range(open.first, last));
    }

    /** Consumes the expected end marker and returns the directive's last token. */
    private int closeWith(TemplatePiece open, TemplatePiece.Kind end, List<TemplatePart> first,
                          List<TemplatePart> second) {
        if (at(end)) {
            return pieces.get(next++).last;
        }
        String expected = end == TemplatePiece.Kind.ENDIF ? "%{endif}" : "%{endfor}";
        if (next < pieces.size()) {
            TemplatePiece wrong = pieces.get(next);
            ctx.report(wrong.first, "expected " + expected + " for the %{" + keyword(open) + "} at line "
                    + tokens.line(open.first) + ", found %{" + keyword(wrong) + "}");
        } else {
            ctx.report(open.first, "missing " + expected + " for this %{" + keyword(open) + "}");
        }
        List<TemplatePart> tail = second.isEmpty() ? first : second;
        return tail.isEmpty() ? open.last : tokenAtEnd(tail.get(tail.size() - 1).range());
    }

    private int tokenAtEnd(Range range) {
        // the last piece read ends the directive; find its token by offset
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (tokens.start(mid) < range.end()) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private List<TemplatePart> readUntilMarker() {
        List<TemplatePart> parts = new ArrayList<>();
        while (next < pieces.size() && readPart(parts)) {
            // readPart consumed one part
        }
        return parts;
    }

    private boolean at(TemplatePiece.Kind kind) {
        return next < pieces.size() && pieces.get(next).kind == kind;
    }

    private static String keyword(TemplatePiece piece) {
        return switch (piece.kind) {
            case IF -> "if";
            case ELSE -> "else";
            case ENDIF -> "endif";
            case FOR -> "for";
            case ENDFOR -> "endfor";
            default -> "?";
        };
    }
}
