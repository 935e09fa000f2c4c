package io.finguard.rego.builtins;

import io.finguard.rego.value.ArrayValue;
import io.finguard.rego.value.BoolValue;
import io.finguard.rego.value.StringValue;
import io.finguard.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code regex.*} builtins on Java's regex engine, which reads the RE2 syntax policies use in practice. */
final class Regexes {
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Regexes() {
    }

    static Pattern compile(String re) {
        Pattern p = CACHE.get(re);
        if (p == null) {
            try {
                p = Pattern.compile(re);
            } catch (PatternSyntaxException e) {
                throw BuiltinError.of("error parsing regexp: " + e.getDescription() + ": `" + re + "`");
            }
            if (CACHE.size() < 10_000) {
                CACHE.put(re, p);
            }
        }
        return p;
    }

    static void register(Registry r) {
        r.add("regex.match", 2, a -> BoolValue.of(compile(Args.string(a, 0)).matcher(Args.string(a, 1)).find()));
        r.add("re_match", 2, a -> BoolValue.of(compile(Args.string(a, 0)).matcher(Args.string(a, 1)).find()));
        r.add("regex.is_valid", 1, a -> {
            if (!(a[0] instanceof StringValue s)) {
                return BoolValue.FALSE;
            }
            try {
                Pattern.compile(s.value());
                return BoolValue.TRUE;
            } catch (PatternSyntaxException e) {
                return BoolValue.FALSE;
            }
        });
        r.add("regex.find_n", 3, a -> {
            Matcher m = compile(Args.string(a, 0)).matcher(Args.string(a, 1));
            int n = Args.intValue(a, 2);
            List<Value> out = new ArrayList<>();
            while ((n < 0 || out.size() < n) && m.find()) {
                out.add(StringValue.of(m.group()));
            }
            return ArrayValue.of(out);
        });
        r.add("regex.find_all_string_submatch_n", 3, a -> {
            Matcher m = compile(Args.string(a, 0)).matcher(Args.string(a, 1));
            int n = Args.intValue(a, 2);
            List<Value> out = new ArrayList<>();
            while ((n < 0 || out.size() < n) && m.find()) {
                List<Value> groups = new ArrayList<>();
                for (int g = 0; g <= m.groupCount(); g++) {
                    groups.add(StringValue.of(m.group(g) == null ? "" : m.group(g)));
                }
                out.add(ArrayValue.of(groups));
            }
            return ArrayValue.of(out);
        });
        r.add("regex.split", 2, a -> {
            String s = Args.string(a, 1);
            Matcher m = compile(Args.string(a, 0)).matcher(s);
            List<Value> out = new ArrayList<>();
            int last = 0;
            while (m.find()) {
                if (m.end() == 0 && m.start() == 0 && s.isEmpty()) {
                    break;
                }
                out.add(StringValue.of(s.substring(last, m.start())));
                last = m.end();
            }
            out.add(StringValue.of(s.substring(last)));
            return ArrayValue.of(out);
        });
        r.add("regex.replace", 3, a -> {
            String replacement = Args.string(a, 2).replaceAll("\\$\\{(\\d+)\\}", "\\$$1");
            try {
                return StringValue.of(compile(Args.string(a, 1)).matcher(Args.string(a, 0)).replaceAll(replacement));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                return StringValue.of(compile(Args.string(a, 1)).matcher(Args.string(a, 0))
                        .replaceAll(Matcher.quoteReplacement(Args.string(a, 2))));
            }
        });
    }
}
