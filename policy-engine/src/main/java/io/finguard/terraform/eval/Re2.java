package io.finguard.terraform.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Terraform (RE2) regular expression run on java.util.regex. The syntaxes mostly agree; this class bridges the
 * differences real configurations hit: {@code (?P<name>...)} groups (Java names cannot hold underscores, so
 * groups are renamed and mapped back), POSIX classes like {@code [[:alpha:]]}, and Go's {@code $1}/{@code ${name}}
 * replacement syntax.
 */
final class Re2 {

    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P?<([A-Za-z_][A-Za-z0-9_]*)>");
    private static final Pattern POSIX_CLASS = Pattern.compile("\\[:(\\^?)([a-z]+):]");

    private final Pattern pattern;
    /** The RE2 name of each capture group by number (index 0 unused), null for unnamed groups. */
    private final List<String> groupNames;

    private Re2(Pattern pattern, List<String> groupNames) {
        this.pattern = pattern;
        this.groupNames = groupNames;
    }

    static Re2 compile(String re2) {
        List<String> names = new ArrayList<>();
        names.add(null);
        StringBuilder java = new StringBuilder();
        int groupNumber = 0;
        for (int i = 0; i < re2.length(); i++) {
            char c = re2.charAt(i);
            if (c == '\\' && i + 1 < re2.length()) {
                java.append(c).append(re2.charAt(++i));
                continue;
            }
            if (c == '(') {
                Matcher named = NAMED_GROUP.matcher(re2).region(i, re2.length());
                if (named.lookingAt()) {
                    groupNumber++;
                    names.add(named.group(1));
                    java.append("(?<g").append(groupNumber).append('>');
                    i = named.end() - 1;
                    continue;
                }
                if (i + 1 >= re2.length() || re2.charAt(i + 1) != '?') {
                    groupNumber++;
                    names.add(null);
                }
            }
            java.append(c);
        }
        String translated = POSIX_CLASS.matcher(java).replaceAll(m -> Matcher.quoteReplacement(
                (m.group(1).isEmpty() ? "\\p{" : "\\P{") + posixName(m.group(2)) + "}"));
        try {
            return new Re2(Pattern.compile(translated), Collections.unmodifiableList(names));
        } catch (PatternSyntaxException e) {
            throw new EvalError("invalid regular expression \"" + re2 + "\": " + e.getDescription());
        }
    }

    private static String posixName(String name) {
        return switch (name) {
            case "alpha" -> "Alpha";
            case "digit" -> "Digit";
            case "alnum" -> "Alnum";
            case "upper" -> "Upper";
            case "lower" -> "Lower";
            case "space" -> "Space";
            case "punct" -> "Punct";
            case "xdigit" -> "XDigit";
            case "word" -> "Alnum";
            case "blank" -> "Blank";
            case "cntrl" -> "Cntrl";
            case "print" -> "Print";
            case "graph" -> "Graph";
            default -> throw new EvalError("unknown POSIX character class [:" + name + ":]");
        };
    }

    Matcher matcher(String input) {
        return pattern.matcher(input);
    }

    int groupCount() {
        return groupNames.size() - 1;
    }

    /** The RE2 name of group {@code n} (1-based), or null. */
    String groupName(int n) {
        return groupNames.get(n);
    }

    /** Replaces every match, expanding {@code $1}, {@code ${1}}, {@code $name}, {@code ${name}}, {@code $$} as Go does. */
    String replaceAll(String input, String template) {
        Matcher m = pattern.matcher(input);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int previousEnd = -1;
        int from = 0;
        while (from <= input.length() && m.find(from)) {
            boolean empty = m.start() == m.end();
            // like Go, an empty match right after the previous match is not a match
            if (!(empty && m.start() == previousEnd)) {
                out.append(input, copied, m.start());
                expand(m, template, out);
                EvalBudget.checkLength(out.length());
                copied = m.end();
                previousEnd = m.end();
            }
            if (!empty) {
                from = m.end();
            } else if (m.end() < input.length()) {
                from = m.end() + Character.charCount(input.codePointAt(m.end()));
            } else {
                break;
            }
        }
        out.append(input, copied, input.length());
        return out.toString();
    }

    private void expand(Matcher m, String template, StringBuilder out) {
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                out.append(c);
                continue;
            }
            char next = template.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i++;
                continue;
            }
            int start = i + 1;
            int end;
            String name;
            if (next == '{') {
                int close = template.indexOf('}', start);
                if (close < 0) {
                    out.append(c);
                    continue;
                }
                name = template.substring(start + 1, close);
                end = close + 1;
            } else {
                end = start;
                while (end < template.length() && isNameChar(template.charAt(end))) {
                    end++;
                }
                name = template.substring(start, end);
            }
            if (name.isEmpty()) {
                out.append(c);
                continue;
            }
            String group = group(m, name);
            out.append(group == null ? "" : group);
            i = end - 1;
        }
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private String group(Matcher m, String name) {
        if (name.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(name);
            return n <= m.groupCount() ? m.group(n) : null;
        }
        int n = groupNames.indexOf(name);
        return n > 0 ? m.group(n) : null;
    }
}
