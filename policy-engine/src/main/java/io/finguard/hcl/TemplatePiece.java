package io.finguard.hcl;

/**
 * One element of a template before nesting: literal text, an interpolation, or a directive marker. Mutable on
 * purpose: whitespace rules rewrite the literal values in place before the tree is built.
 */
final class TemplatePiece {

    enum Kind { LITERAL, INTERPOLATION, IF, ELSE, ENDIF, FOR, ENDFOR, BROKEN }

    final Kind kind;
    /** First and last token of the piece. */
    final int first;
    int last;
    String value;
    Expression expression;
    String keyVar;
    String valueVar;
    boolean stripLeft;
    boolean stripRight;

    TemplatePiece(Kind kind, int first, int last) {
        this.kind = kind;
        this.first = first;
        this.last = last;
    }

    static TemplatePiece literal(String value, int token) {
        TemplatePiece piece = new TemplatePiece(Kind.LITERAL, token, token);
        piece.value = value;
        return piece;
    }
}
