package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.ObjKind;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;
import io.finguard.terraform.Value.Str;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * {@code regex} and {@code regexall}. The shape of a match follows the pattern: the matched text without capture
 * groups, an object of named groups, or a list of unnamed groups; a group that did not take part is null.
 */
final class RegexFunctions {

    private RegexFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("regex", 2, a -> {
            Re2 re = compiled(a.str(0));
            Matcher m = re.matcher(a.str(1));
            if (!m.find()) {
                throw new EvalError("the pattern did not match any part of the given string");
            }
            return match(re, m);
        });
        t.add("regexall", 2, a -> {
            Re2 re = compiled(a.str(0));
            Matcher m = re.matcher(a.str(1));
            List<Value> matches = new ArrayList<>();
            while (m.find()) {
                matches.add(match(re, m));
            }
            return new Seq(matches, SeqKind.LIST);
        });
    }

    /** Compiled patterns by source: modules call regex() with the same literal pattern for every instance. */
    private static final Map<String, Re2> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 512;

    static Re2 compiled(String pattern) {
        Re2 re = COMPILED.get(pattern);
        if (re == null) {
            re = Re2.compile(pattern); // an invalid pattern throws here and is not cached
            if (COMPILED.size() < CACHE_LIMIT) {
                COMPILED.put(pattern, re);
            }
        }
        return re;
    }

    private static Value match(Re2 re, Matcher m) {
        int groups = re.groupCount();
        if (groups == 0) {
            return new Str(m.group());
        }
        boolean named = re.groupName(1) != null;
        for (int g = 1; g <= groups; g++) {
            if ((re.groupName(g) != null) != named) {
                throw new EvalError("a pattern must not mix named and unnamed capture groups");
            }
        }
        if (named) {
            Map<String, Value> entries = new LinkedHashMap<>();
            for (int g = 1; g <= groups; g++) {
                entries.put(re.groupName(g), group(m, g));
            }
            return new Obj(entries, ObjKind.OBJECT);
        }
        List<Value> captures = new ArrayList<>(groups);
        for (int g = 1; g <= groups; g++) {
            captures.add(group(m, g));
        }
        return new Seq(captures, SeqKind.TUPLE);
    }

    private static Value group(Matcher m, int g) {
        String text = m.group(g);
        return text == null ? Value.NULL : new Str(text);
    }
}
