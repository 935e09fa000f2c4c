package io.finguard.api.edit;

import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Expression;
import io.finguard.hcl.SyntaxWalk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HCL text of a value to write: a literal rendered here ({@link #of(Object)}) or an expression the caller writes
 * itself ({@link #raw(String)}). Keeping it a type of its own, rather than a String, means a rule cannot write
 * {@code market_type = spot} by passing the bare value where quoted text was meant.
 *
 * <p>Multi-line text is written with {@code \n} and two spaces per nesting level, relative to the line the value
 * starts on; {@link FileEdits} re-indents it to the place it lands (and the file's line endings). A value that is
 * a heredoc ({@code <<EOT}) is written as given, since re-indenting would change its content; nest none in literals.
 *
 * @param text the HCL expression source
 */
public record HclValue(String text) {

    /** Words that a bare object key would be read as something else: a literal, or the start of a for-expression. */
    private static final Set<String> RESERVED_KEYS = Set.of("true", "false", "null", "for", "in", "if");

    public HclValue {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an HCL value needs some text");
        }
    }

    /** An expression written as HCL source, such as {@code aws_lambda_function.f.function_name} or {@code var.x}. */
    public static HclValue raw(String hcl) {
        return new HclValue(hcl);
    }

    /**
     * An expression of {@code file} as written there, to write somewhere else (a new block that repeats an argument
     * of the block it accompanies). Continuation lines are taken relative to the line the expression starts on, and
     * the indentation unit they use there becomes the two spaces a level this type expects, so {@link FileEdits}
     * indents the copy like its new neighbours. A heredoc inside would change content (or lose its closing marker)
     * when re-indented, so it cannot be copied (see {@link #copyable}).
     *
     * @throws IllegalArgumentException when the expression holds a heredoc
     */
    public static HclValue copyOf(ConfigFile file, Expression expression) {
        if (!copyable(expression)) {
            throw new IllegalArgumentException("an expression with a heredoc cannot be copied: its content would move");
        }
        String text = file.source().text();
        String[] lines = text.substring(expression.range().start(), expression.range().end()).split("\r?\n", -1);
        if (lines.length == 1) {
            return new HclValue(lines[0]);
        }
        String base = Indentation.indentAt(text, expression.range().start());
        List<String> relative = new ArrayList<>();
        int unit = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].startsWith(base) ? lines[i].substring(base.length()) : lines[i].stripLeading();
            relative.add(line.isBlank() ? "" : line);
            int indent = leadingWhitespace(line);
            if (indent > 0 && indent < line.length()) {
                unit = Math.min(unit, indent);
            }
        }
        StringBuilder out = new StringBuilder(lines[0]);
        for (String line : relative) {
            int indent = leadingWhitespace(line);
            out.append('\n').append("  ".repeat(indent / unit)).append(" ".repeat(indent % unit))
                    .append(line.substring(indent));
        }
        return new HclValue(out.toString());
    }

    /** Whether {@link #copyOf} can copy the expression: it holds no heredoc. */
    public static boolean copyable(Expression expression) {
        boolean[] heredoc = {false};
        SyntaxWalk.forEach(expression, node -> heredoc[0] |= node instanceof Expression.Template t
                && t.heredoc() != null);
        return !heredoc[0];
    }

    /** Spaces and tabs at the start of {@code line}, a tab counted as one (a unit of tabs is then one tab). */
    private static int leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * A literal: a String (quoted and escaped), a Number, a Boolean, null, a List (tuple) or a Map with String keys
     * (object, one entry a line, in the map's order). Elements may be {@link HclValue}s to mix in expressions.
     */
    public static HclValue of(Object value) {
        return new HclValue(render(value));
    }

    /** A quoted string literal, escaped as HCL requires ({@code ${} and {@code %{} are doubled to stay literal). */
    public static HclValue string(String value) {
        return new HclValue(quote(value));
    }

    /** A number literal. */
    public static HclValue number(long value) {
        return new HclValue(Long.toString(value));
    }

    /** {@code value} as a quoted HCL string: what {@code hclwrite} writes for a string literal. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int next = i + Character.charCount(cp);
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '$', '%' -> {
                    out.appendCodePoint(cp);
                    // "${" and "%{" would open a template sequence: doubling the sigil keeps it literal
                    if (next < value.length() && value.charAt(next) == '{') {
                        out.appendCodePoint(cp);
                    }
                }
                default -> {
                    if (printable(cp)) {
                        out.appendCodePoint(cp);
                    } else if (cp < 0x10000) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.append(String.format("\\U%08x", cp));
                    }
                }
            }
            i = next;
        }
        return out.append('"').toString();
    }

    /** An object key: bare when it is an identifier HCL reads as the same string, else quoted. */
    public static String key(String key) {
        return isIdentifier(key) && !RESERVED_KEYS.contains(key) ? key : quote(key);
    }

    /** Whether {@code name} is an HCL identifier: a letter or {@code _}, then letters, digits, {@code _} or {@code -}. */
    public static boolean isIdentifier(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        int first = name.codePointAt(0);
        if (!Character.isUnicodeIdentifierStart(first) && first != '_') {
            return false;
        }
        for (int i = Character.charCount(first); i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (cp != '-' && (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Go's {@code unicode.IsPrint}, which hclwrite uses to decide what to escape. */
    private static boolean printable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                    Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof HclValue v) {
            return v.text;
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof List<?> list) {
            return tuple(list);
        }
        if (value instanceof Map<?, ?> map) {
            return object(map);
        }
        throw new IllegalArgumentException("no HCL literal for a " + value.getClass().getSimpleName());
    }

    private static String number(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return n.toString();
        }
        if (n instanceof Double d && (d.isNaN() || d.isInfinite()) || n instanceof Float f && (f.isNaN()
                || f.isInfinite())) {
            throw new IllegalArgumentException("HCL has no literal for " + n);
        }
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    /** One line when every element is; otherwise one element a line, each followed by a comma. */
    private static String tuple(List<?> list) {
        List<String> elements = new ArrayList<>();
        boolean multiLine = false;
        for (Object element : list) {
            String text = render(element);
            multiLine |= text.contains("\n");
            elements.add(text);
        }
        if (!multiLine) {
            return "[" + String.join(", ", elements) + "]";
        }
        StringBuilder out = new StringBuilder("[\n");
        for (String element : elements) {
            out.append(indented(element)).append(",\n");
        }
        return out.append("]").toString();
    }

    /** {@code {}} when empty, else one entry a line; {@link FileEdits} aligns the {@code =} as terraform fmt. */
    private static String object(Map<?, ?> map) {
        if (map.isEmpty()) {
            return "{}";
        }
        StringBuilder out = new StringBuilder("{\n");
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String k)) {
                throw new IllegalArgumentException("object keys must be strings: " + e.getKey());
            }
            out.append(indented(key(k) + " = " + render(e.getValue()))).append('\n');
        }
        return out.append("}").toString();
    }

    /** Two more spaces on every non-empty line. */
    static String indented(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (!line.isEmpty()) {
                out.append("  ").append(line);
            }
        }
        return out.toString();
    }
}
