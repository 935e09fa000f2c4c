package io.finguard.rego.builtins;

import io.finguard.rego.value.BoolValue;
import io.finguard.rego.value.NullValue;
import io.finguard.rego.value.StringValue;
import java.util.List;
import java.util.regex.Pattern;

/** {@code glob.match} and {@code glob.quote_meta}, with the syntax of the Go glob library OPA uses. */
final class Globs {
    private Globs() {
    }

    static void register(Registry r) {
        r.add("glob.match", 3, a -> {
            String pattern = Args.string(a, 0);
            List<String> delims = a[1] instanceof NullValue ? List.of() : Args.strings(a, 1);
            if (!(a[1] instanceof NullValue) && delims.isEmpty()) {
                delims = List.of(".");
            }
            return BoolValue.of(toRegex(pattern, delims).matcher(Args.string(a, 2)).matches());
        });
        r.add("glob.quote_meta", 1, a -> {
            StringBuilder sb = new StringBuilder();
            for (char c : Args.string(a, 0).toCharArray()) {
                if ("*?\\[]{}".indexOf(c) >= 0) {
                    sb.append('\\');
                }
                sb.append(c);
            }
            return StringValue.of(sb.toString());
        });
    }

    static Pattern toRegex(String glob, List<String> delimiters) {
        StringBuilder notSep = new StringBuilder("[^");
        for (String d : delimiters) {
            for (char c : d.toCharArray()) {
                notSep.append(Pattern.quote(String.valueOf(c)).replace("\\Q", "").replace("\\E", "")
                        .replaceAll("([\\\\\\]\\[^-])", "\\\\$1"));
            }
        }
        String single = delimiters.isEmpty() ? "." : notSep + "]";
        StringBuilder re = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        re.append(".*");
                        i++;
                    } else {
                        re.append(single).append('*');
                    }
                }
                case '?' -> re.append(single);
                case '\\' -> {
                    if (i + 1 < glob.length()) {
                        re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    }
                }
                case '[' -> {
                    int end = glob.indexOf(']', i + 1);
                    if (end < 0) {
                        throw BuiltinError.of("unexpected end of input");
                    }
                    String body = glob.substring(i + 1, end);
                    if (body.startsWith("!")) {
                        body = "^" + body.substring(1);
                    }
                    re.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = end;
                }
                case '{' -> {
                    re.append("(?:");
                    depth++;
                }
                case '}' -> {
                    if (depth > 0) {
                        re.append(')');
                        depth--;
                    } else {
                        re.append("\\}");
                    }
                }
                case ',' -> re.append(depth > 0 ? "|" : ",");
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (depth > 0) {
            throw BuiltinError.of("unexpected end of input");
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
