package io.finguard.rego.parse;

import io.finguard.rego.RegoException;
import io.finguard.rego.ast.Location;
import java.util.ArrayList;
import java.util.List;

/** Splits Rego source into tokens, keeping comments aside for METADATA annotations. */
final class Lexer {
    /** A comment line: its text after {@code #} and its line. */
    record Comment(String text, int line) {
    }

    private static final String[] PUNCT = {
        ":=", "==", "!=", "<=", ">=", "{", "}", "[", "]", "(", ")", ",", ".", ";", ":", "=", "<", ">", "+", "-",
        "*", "/", "%", "&", "|",
    };

    private final String src;
    private final String file;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    Lexer(String src, String file) {
        this.src = src;
        this.file = file;
    }

    List<Token> tokens() {
        return tokens;
    }

    List<Comment> comments() {
        return comments;
    }

    Lexer run() {
        boolean newline = true;
        while (true) {
            newline |= skipSpace();
            if (pos >= src.length()) {
                tokens.add(new Token(Token.Kind.EOF, "", line, col(), true));
                return this;
            }
            int startLine = line;
            int startCol = col();
            char c = src.charAt(pos);
            Token t;
            if (Character.isLetter(c) || c == '_') {
                int s = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
                t = new Token(Token.Kind.IDENT, src.substring(s, pos), startLine, startCol, newline);
            } else if (Character.isDigit(c)) {
                t = new Token(Token.Kind.NUMBER, number(), startLine, startCol, newline);
            } else if (c == '"') {
                t = new Token(Token.Kind.STRING, string(), startLine, startCol, newline);
            } else if (c == '`') {
                int end = src.indexOf('`', pos + 1);
                if (end < 0) {
                    throw error("unterminated raw string");
                }
                String raw = src.substring(pos + 1, end);
                for (char ch : raw.toCharArray()) {
                    if (ch == '\n') {
                        line++;
                    }
                }
                pos = end + 1;
                if (raw.contains("\n")) {
                    lineStart = src.lastIndexOf('\n', end) + 1;
                }
                t = new Token(Token.Kind.RAW_STRING, raw, startLine, startCol, newline);
            } else {
                String p = punct();
                t = new Token(Token.Kind.PUNCT, p, startLine, startCol, newline);
            }
            tokens.add(t);
            newline = false;
        }
    }

    private int col() {
        return pos - lineStart + 1;
    }

    /** Skips blanks and comments; returns whether a newline was crossed. */
    private boolean skipSpace() {
        boolean nl = false;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                nl = true;
                pos++;
                line++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '#') {
                int end = src.indexOf('\n', pos);
                end = end < 0 ? src.length() : end;
                comments.add(new Comment(src.substring(pos + 1, end), line));
                pos = end;
            } else {
                break;
            }
        }
        return nl;
    }

    private String number() {
        int s = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
        }
        if (pos + 1 < src.length() && src.charAt(pos) == '.' && Character.isDigit(src.charAt(pos + 1))) {
            pos++;
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                pos++;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        return src.substring(s, pos);
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') {
                throw error("non-terminated string");
            }
            char c = src.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= src.length()) {
                throw error("non-terminated string");
            }
            char e = src.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > src.length()) {
                        throw error("illegal escape sequence");
                    }
                    try {
                        sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("illegal escape sequence");
                    }
                    pos += 4;
                }
                default -> throw error("illegal escape sequence");
            }
        }
    }

    private String punct() {
        for (String p : PUNCT) {
            if (src.startsWith(p, pos)) {
                pos += p.length();
                return p;
            }
        }
        throw error("illegal token '" + src.charAt(pos) + "'");
    }

    private RegoException error(String message) {
        return new RegoException(RegoException.PARSE, message, new Location(file, line, col()));
    }
}
