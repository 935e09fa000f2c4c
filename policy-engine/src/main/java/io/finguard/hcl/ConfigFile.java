package io.finguard.hcl;

import java.util.List;

/**
 * A parsed file: the root body, every token (trivia included) and the problems found. Even with diagnostics the
 * body holds whatever could be recovered, and {@link #print()} still reproduces the input exactly.
 */
public record ConfigFile(SourceFile source, Body body, List<Token> tokens, List<Diagnostic> diagnostics) {

    public boolean hasErrors() {
        return !diagnostics.isEmpty();
    }

    /** The file text rebuilt from the token stream: equal to {@code source().text()} by construction and test. */
    public String print() {
        StringBuilder out = new StringBuilder(source.text().length());
        String text = source.text();
        for (Token token : tokens) {
            out.append(text, token.range().start(), token.range().end());
        }
        return out.toString();
    }
}
