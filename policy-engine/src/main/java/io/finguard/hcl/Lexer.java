package io.finguard.hcl;

/**
 * Splits HCL native syntax into a contiguous token stream that covers every char, trivia included.
 *
 * <p>HCL's lexical grammar depends on context: inside a quoted string or a heredoc, text is template literal, and
 * {@code ${}} switches back to expression syntax until its matching brace. The lexer keeps a small stack of these
 * contexts ("frames") in int arrays. It scans a {@code char[]} by hand, without regular expressions or per-char
 * objects, because it runs over every byte of every scanned repository.
 *
 * <p>Lexical problems (an unterminated string, a stray char) are reported here; the parser then treats the tokens
 * it gets as they come, and its own reports on the same line are suppressed by {@link Diagnostics}.
 */
final class Lexer {

    // frame kinds
    private static final int BRACE = 0;     // { } in expression syntax
    private static final int INTERP = 1;    // ${ } or %{ }: a closing brace returns to the template below
    private static final int QUOTED = 2;    // "..."
    private static final int HEREDOC = 3;   // <<EOT ... EOT
    private static final int BARE = 4;      // a whole file read as a template (templatefile)

    private static final byte DOT = (byte) TokenKind.DOT.ordinal();

    private final String text;
    private final char[] c;
    private final int n;
    private final Diagnostics diagnostics;
    private int pos;

    private final TokenBuffer tokens;

    private int[] frameKind = new int[16];
    private int[] frameOpen = new int[16];      // offset of the opening token, for messages
    private int[] frameMarker = new int[16];    // heredoc marker start offset
    private int[] frameMarkerLength = new int[16];
    private boolean[] frameAtLineStart = new boolean[16];
    private int depth;

    private Lexer(String text, Diagnostics diagnostics, LexerScratch scratch) {
        this.text = text;
        this.c = scratch == null ? text.toCharArray() : scratch.chars(text);
        this.n = text.length();
        this.diagnostics = diagnostics;
        this.tokens = new TokenBuffer(text, scratch);
    }

    private Lexer(String text, Diagnostics diagnostics) {
        this(text, diagnostics, null);
    }

    /** Tokens of a configuration file or an expression. */
    static TokenStream lexConfig(String text, Diagnostics diagnostics) {
        return lexConfig(text, diagnostics, null);
    }

    /**
     * The same, with the arrays of {@code scratch} (null: new ones). The stream reads them: it must be used, and
     * {@link TokenStream#compact() compacted} if kept, before the scratch is released.
     */
    static TokenStream lexConfig(String text, Diagnostics diagnostics, LexerScratch scratch) {
        Lexer lexer = new Lexer(text, diagnostics, scratch);
        lexer.run();
        return lexer.finish();
    }

    /** Tokens of a whole file read as a template body, as {@code templatefile()} does. */
    static TokenStream lexTemplate(String text, Diagnostics diagnostics) {
        Lexer lexer = new Lexer(text, diagnostics);
        lexer.push(BARE, 0);
        lexer.run();
        return lexer.finish();
    }

    private void run() {
        if (n > 0 && c[0] == '\uFEFF') {
            add(TokenKind.BOM, 1);
        }
        while (pos < n) {
            int top = depth == 0 ? BRACE : frameKind[depth - 1];
            switch (top) {
                case QUOTED -> scanQuoted();
                case HEREDOC -> scanHeredoc();
                case BARE -> scanBare();
                default -> scanNormal();
            }
        }
        reportUnclosedFrames();
    }

    private TokenStream finish() {
        add(TokenKind.EOF, n);
        return tokens.toStream();
    }

    // ---------------------------------------------------------------------------------------------------------
    // expression syntax

    private void scanNormal() {
        char ch = c[pos];
        switch (ch) {
            case ' ', '\t' -> whitespace();
            case '\n' -> add(TokenKind.NEWLINE, pos + 1);
            case '\r' -> {
                if (at(pos + 1) == '\n') {
                    add(TokenKind.NEWLINE, pos + 2);
                } else {
                    whitespace();
                }
            }
            case '#' -> lineComment();
            case '/' -> {
                char next = at(pos + 1);
                if (next == '/') {
                    lineComment();
                } else if (next == '*') {
                    blockComment();
                } else {
                    add(TokenKind.SLASH, pos + 1);
                }
            }
            case '{' -> {
                push(BRACE, pos);
                add(TokenKind.LBRACE, pos + 1);
            }
            case '}' -> closeBrace(1);
            case '~' -> {
                if (at(pos + 1) == '}' && depth > 0 && frameKind[depth - 1] == INTERP) {
                    closeBrace(2);
                } else {
                    invalid();
                }
            }
            case '"' -> {
                push(QUOTED, pos);
                add(TokenKind.OQUOTE, pos + 1);
            }
            case '[' -> add(TokenKind.LBRACK, pos + 1);
            case ']' -> add(TokenKind.RBRACK, pos + 1);
            case '(' -> add(TokenKind.LPAREN, pos + 1);
            case ')' -> add(TokenKind.RPAREN, pos + 1);
            case ',' -> add(TokenKind.COMMA, pos + 1);
            case ':' -> add(TokenKind.COLON, pos + 1);
            case '?' -> add(TokenKind.QUESTION, pos + 1);
            case '+' -> add(TokenKind.PLUS, pos + 1);
            case '-' -> add(TokenKind.MINUS, pos + 1);
            case '*' -> add(TokenKind.STAR, pos + 1);
            case '%' -> add(TokenKind.PERCENT, pos + 1);
            case '.' -> {
                if (at(pos + 1) == '.' && at(pos + 2) == '.') {
                    add(TokenKind.ELLIPSIS, pos + 3);
                } else {
                    add(TokenKind.DOT, pos + 1);
                }
            }
            case '=' -> {
                char next = at(pos + 1);
                if (next == '=') {
                    add(TokenKind.EQ, pos + 2);
                } else if (next == '>') {
                    add(TokenKind.FAT_ARROW, pos + 2);
                } else {
                    add(TokenKind.EQUAL, pos + 1);
                }
            }
            case '!' -> add(at(pos + 1) == '=' ? TokenKind.NE : TokenKind.BANG, pos + (at(pos + 1) == '=' ? 2 : 1));
            case '>' -> add(at(pos + 1) == '=' ? TokenKind.GE : TokenKind.GT, pos + (at(pos + 1) == '=' ? 2 : 1));
            case '<' -> {
                char next = at(pos + 1);
                if (next == '=') {
                    add(TokenKind.LE, pos + 2);
                } else if (next == '<') {
                    heredocStart();
                } else {
                    add(TokenKind.LT, pos + 1);
                }
            }
            case '&' -> {
                if (at(pos + 1) == '&') {
                    add(TokenKind.AND, pos + 2);
                } else {
                    invalid();
                }
            }
            case '|' -> {
                if (at(pos + 1) == '|') {
                    add(TokenKind.OR, pos + 2);
                } else {
                    invalid();
                }
            }
            default -> {
                if (ch >= '0' && ch <= '9') {
                    number();
                } else if (isIdentStart(pos)) {
                    identifier();
                } else {
                    invalid();
                }
            }
        }
    }

    private void whitespace() {
        int p = pos + 1;
        while (p < n) {
            char ch = c[p];
            if (ch == ' ' || ch == '\t' || (ch == '\r' && at(p + 1) != '\n')) {
                p++;
            } else {
                break;
            }
        }
        add(TokenKind.WHITESPACE, p);
    }

    private void lineComment() {
        int p = pos + 1;
        while (p < n && c[p] != '\n' && !(c[p] == '\r' && at(p + 1) == '\n')) {
            p++;
        }
        add(TokenKind.COMMENT, p);
    }

    private void blockComment() {
        int close = text.indexOf("*/", pos + 2);
        if (close < 0) {
            diagnostics.reportAt(tokensView(), pos, "unterminated comment: '/*' has no closing '*/'");
            add(TokenKind.COMMENT, n);
        } else {
            add(TokenKind.COMMENT, close + 2);
        }
    }

    private void closeBrace(int length) {
        if (depth > 0 && frameKind[depth - 1] == INTERP) {
            depth--;
            add(TokenKind.TEMPLATE_SEQ_END, pos + length);
        } else {
            if (depth > 0 && frameKind[depth - 1] == BRACE) {
                depth--;
            }
            // a stray '}' at the top level: the parser reports it
            add(TokenKind.RBRACE, pos + length);
        }
    }

    private void number() {
        int p = pos + 1;
        while (p < n && isDigit(c[p])) {
            p++;
        }
        // after a '.', digits are a legacy index (foo.0.1 is two steps), never a fraction
        if (tokens.lastSignificant() != DOT) {
            if (p + 1 < n && c[p] == '.' && isDigit(c[p + 1])) {
                p += 2;
                while (p < n && isDigit(c[p])) {
                    p++;
                }
            }
            if (p < n && (c[p] == 'e' || c[p] == 'E')) {
                int q = p + 1;
                if (q < n && (c[q] == '+' || c[q] == '-')) {
                    q++;
                }
                if (q < n && isDigit(c[q])) {
                    p = q + 1;
                    while (p < n && isDigit(c[p])) {
                        p++;
                    }
                }
            }
        }
        add(TokenKind.NUMBER, p);
    }

    private void identifier() {
        int p = identEnd(pos, true);
        add(TokenKind.IDENT, p);
    }

    /**
     * End of the identifier at {@code p}. With {@code namespaces}, {@code provider::aws::arn_parse} is one
     * identifier: HCL function names may be namespaced, and {@code ::} has no other meaning in expression syntax.
     */
    private int identEnd(int p, boolean namespaces) {
        p += Character.charCount(Character.codePointAt(c, p, n));
        while (p < n) {
            char ch = c[p];
            if (ch < 0x80) {
                if (isAsciiIdentPart(ch)) {
                    p++;
                } else if (namespaces && ch == ':' && at(p + 1) == ':' && p + 2 < n && isIdentStart(p + 2)) {
                    p += 2;
                } else {
                    break;
                }
            } else {
                int cp = Character.codePointAt(c, p, n);
                if (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)) {
                    p += Character.charCount(cp);
                } else {
                    break;
                }
            }
        }
        return p;
    }

    private void heredocStart() {
        int p = pos + 2;
        boolean indented = at(p) == '-';
        if (indented) {
            p++;
        }
        if (p < n && isIdentStart(p)) {
            int markerStart = p;
            int markerEnd = identEnd(p, false);
            int end = -1;
            if (at(markerEnd) == '\n') {
                end = markerEnd + 1;
            } else if (at(markerEnd) == '\r' && at(markerEnd + 1) == '\n') {
                end = markerEnd + 2;
            }
            if (end > 0) {
                push(HEREDOC, pos);
                frameMarker[depth - 1] = markerStart;
                frameMarkerLength[depth - 1] = markerEnd - markerStart;
                frameAtLineStart[depth - 1] = true;
                add(TokenKind.OHEREDOC, end);
                return;
            }
            diagnostics.reportAt(tokensView(), pos, "a heredoc marker like <<" + text.substring(markerStart, markerEnd)
                    + " must be followed directly by a newline");
            add(TokenKind.INVALID, markerEnd);
            return;
        }
        diagnostics.reportAt(tokensView(), pos, "expected a heredoc marker such as EOT after '<<'");
        add(TokenKind.INVALID, p);
    }

    private void invalid() {
        int p = pos + Character.charCount(Character.codePointAt(c, pos, n));
        while (p < n && isAlwaysInvalid(p)) {
            p += Character.charCount(Character.codePointAt(c, p, n));
        }
        String chars = ParseContext.shortened(text.substring(pos, p));
        String message;
        if (chars.startsWith("'")) {
            message = "single quotes are not valid in HCL: strings use double quotes";
        } else if (p - pos == 1 || (p - pos == 2 && Character.isSurrogate(chars.charAt(0)))) {
            message = "invalid character " + describeChars(chars);
        } else {
            message = "invalid characters " + describeChars(chars);
        }
        diagnostics.reportAt(tokensView(), pos, message);
        add(TokenKind.INVALID, p);
    }

    private static String describeChars(String chars) {
        StringBuilder out = new StringBuilder("'");
        chars.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("U+%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('\'').toString();
    }

    /** Chars that can never start a token: a run of them becomes one INVALID token and one message. */
    private boolean isAlwaysInvalid(int p) {
        char ch = c[p];
        if (ch < 0x80) {
            return ch == '$' || ch == '@' || ch == '`' || ch == '\'' || ch == '\\' || ch == '^' || ch == ';'
                    || (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0x7f;
        }
        return !isIdentStart(p);
    }

    // ---------------------------------------------------------------------------------------------------------
    // templates

    private void scanQuoted() {
        char ch = c[pos];
        if (ch == '"') {
            depth--;
            add(TokenKind.CQUOTE, pos + 1);
        } else if (startsSequence()) {
            return;
        } else if (ch == '\n' || (ch == '\r' && at(pos + 1) == '\n')) {
            unterminatedString();
        } else {
            add(TokenKind.TEMPLATE_LITERAL, literalEnd(pos, QUOTED));
        }
    }

    /**
     * End of the template literal starting at {@code p}, for a frame kind: every literal stops before
     * <code>${</code> and <code>%{</code>; a quoted one also before its closing quote or a newline (skipping
     * backslash escapes); a heredoc one just after its newline, so that each line can be checked for the marker.
     */
    private int literalEnd(int p, int kind) {
        while (p < n) {
            char d = c[p];
            if (d == '$' || d == '%') {
                int skip = escapedSequenceLength(p);
                if (skip == 0) {
                    return p;
                }
                p += skip;
            } else if (d == '\n' && kind != BARE) {
                return kind == HEREDOC ? p + 1 : p;
            } else if (kind == QUOTED && (d == '"' || (d == '\r' && at(p + 1) == '\n'))) {
                return p;
            } else if (kind == QUOTED && d == '\\') {
                p++;
                if (p < n && c[p] != '\n' && c[p] != '\r') {
                    p++;
                }
            } else {
                p++;
            }
        }
        return p;
    }

    /**
     * At a {@code $} or {@code %}: 0 when a sequence {@code ${} / {@code %{} starts here, else how many chars are
     * plain literal ({@code $${} and {@code %%{} are escapes for the literal text).
     */
    private int escapedSequenceLength(int p) {
        char d = c[p];
        char next = at(p + 1);
        if (next == '{') {
            return 0;
        }
        if (next == d && at(p + 2) == '{') {
            return 3;
        }
        return 1;
    }

    /** Emits {@code ${} or {@code %{} (with a {@code ~} strip marker) when one starts at pos. */
    private boolean startsSequence() {
        char ch = c[pos];
        if ((ch == '$' || ch == '%') && at(pos + 1) == '{') {
            int length = at(pos + 2) == '~' ? 3 : 2;
            int open = pos;
            push(INTERP, open);
            add(ch == '$' ? TokenKind.TEMPLATE_INTERP : TokenKind.TEMPLATE_CONTROL, open + length);
            return true;
        }
        return false;
    }

    /**
     * A quoted string may not span lines. Its open contexts are closed here, so that the newline ends the
     * attribute and the next line is read normally.
     */
    private void unterminatedString() {
        int opener = -1;
        while (depth > 0 && (frameKind[depth - 1] == QUOTED || frameKind[depth - 1] == INTERP)) {
            if (frameKind[depth - 1] == QUOTED) {
                opener = frameOpen[depth - 1];
            }
            closeSynthetically(frameKind[depth - 1]);
        }
        diagnostics.reportAt(tokensView(), opener,
                "unterminated string: a quoted string must end on the line where it starts");
    }

    private void scanHeredoc() {
        int f = depth - 1;
        if (frameAtLineStart[f]) {
            int closeEnd = closingMarkerEnd(f);
            if (closeEnd >= 0) {
                depth--;
                add(TokenKind.CHEREDOC, closeEnd);
                return;
            }
        }
        if (startsSequence()) {
            frameAtLineStart[f] = false;
            return;
        }
        int p = literalEnd(pos, HEREDOC);
        frameAtLineStart[f] = c[p - 1] == '\n';
        add(TokenKind.TEMPLATE_LITERAL, p);
    }

    /** When the line at pos is the heredoc's closing marker (spaces around it allowed), the marker's end offset. */
    private int closingMarkerEnd(int f) {
        int p = pos;
        while (p < n && (c[p] == ' ' || c[p] == '\t')) {
            p++;
        }
        int markerStart = frameMarker[f];
        int length = frameMarkerLength[f];
        if (p + length > n || !text.regionMatches(p, text, markerStart, length)) {
            return -1;
        }
        int end = p + length;
        int q = end;
        while (q < n && (c[q] == ' ' || c[q] == '\t')) {
            q++;
        }
        if (q == n || c[q] == '\n' || (c[q] == '\r' && at(q + 1) == '\n')) {
            return end;
        }
        return -1;
    }

    private void scanBare() {
        if (startsSequence()) {
            return;
        }
        add(TokenKind.TEMPLATE_LITERAL, literalEnd(pos, BARE));
    }

    private void reportUnclosedFrames() {
        for (int f = depth - 1; f >= 0; f--) {
            int open = frameOpen[f];
            switch (frameKind[f]) {
                case QUOTED -> diagnostics.reportAt(tokensView(), open, "unterminated string: no closing '\"'");
                case HEREDOC -> diagnostics.reportAt(tokensView(), open,
                        "unterminated heredoc: no line with the closing marker "
                                + text.substring(frameMarker[f], frameMarker[f] + frameMarkerLength[f]));
                case INTERP -> diagnostics.reportAt(tokensView(), open, "unclosed '" + text.substring(open, open + 2)
                        + "': no matching '}'");
                default -> {
                    // unclosed braces are reported by the parser, which knows what they opened
                }
            }
        }
        while (depth > 0) {
            closeSynthetically(frameKind[depth - 1]);
        }
    }

    /**
     * Pops a frame that the text never closes, emitting a zero-length closing token (for templates) so that the
     * stream stays balanced: the parser and its error recovery can then rely on every opener having a closer.
     */
    private void closeSynthetically(int kind) {
        depth--;
        switch (kind) {
            case QUOTED -> add(TokenKind.CQUOTE, pos);
            case INTERP -> add(TokenKind.TEMPLATE_SEQ_END, pos);
            case HEREDOC -> add(TokenKind.CHEREDOC, pos);
            default -> {
                // braces: the parser reports them and recovers at the end of the file
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private char at(int p) {
        return p < n ? c[p] : '\0';
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean isAsciiIdentPart(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'
                || ch == '-';
    }

    private boolean isIdentStart(int p) {
        char ch = c[p];
        if (ch < 0x80) {
            return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
        }
        int cp = Character.codePointAt(c, p, n);
        return Character.isUnicodeIdentifierStart(cp);
    }

    private void push(int kind, int open) {
        if (depth == frameKind.length) {
            int size = depth * 2;
            frameKind = java.util.Arrays.copyOf(frameKind, size);
            frameOpen = java.util.Arrays.copyOf(frameOpen, size);
            frameMarker = java.util.Arrays.copyOf(frameMarker, size);
            frameMarkerLength = java.util.Arrays.copyOf(frameMarkerLength, size);
            frameAtLineStart = java.util.Arrays.copyOf(frameAtLineStart, size);
        }
        frameKind[depth] = kind;
        frameOpen[depth] = open;
        depth++;
    }

    /** Appends a token from pos to end and moves pos to end. */
    private void add(TokenKind kind, int end) {
        tokens.add(kind, pos);
        pos = end;
    }

    /** Positions for messages raised while lexing: line starts are known from the start. */
    private TokenStream tokensView() {
        return tokens.toStream();
    }
}
