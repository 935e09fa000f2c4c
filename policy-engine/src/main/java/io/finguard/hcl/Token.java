package io.finguard.hcl;

/**
 * One token. Tokens of a file are contiguous and cover every char of it, trivia included, so concatenating their
 * text reproduces the file exactly.
 */
public record Token(TokenKind kind, Range range) {
}
