package io.finguard.hcl;

/** Kinds of lexical tokens. Trivia kinds ({@link #isTrivia()}) carry no meaning but keep the tree lossless. */
public enum TokenKind {
    // trivia
    WHITESPACE, COMMENT, BOM,
    // structure
    NEWLINE, IDENT, NUMBER,
    LBRACE, RBRACE, LBRACK, RBRACK, LPAREN, RPAREN,
    EQUAL, COLON, COMMA, DOT, ELLIPSIS, QUESTION, FAT_ARROW,
    // operators
    PLUS, MINUS, STAR, SLASH, PERCENT, AND, OR, BANG, EQ, NE, LT, LE, GT, GE,
    // templates: the quote marks, heredoc open/close markers, literal text, ${ %{ and their closing }
    OQUOTE, CQUOTE, OHEREDOC, CHEREDOC, TEMPLATE_LITERAL, TEMPLATE_INTERP, TEMPLATE_CONTROL, TEMPLATE_SEQ_END,
    // anything the lexer could not make sense of; the parser reports it
    INVALID, EOF;

    public boolean isTrivia() {
        return this == WHITESPACE || this == COMMENT || this == BOM;
    }
}
