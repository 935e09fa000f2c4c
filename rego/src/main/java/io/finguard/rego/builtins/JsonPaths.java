package io.finguard.rego.builtins;

import io.finguard.rego.value.ArrayValue;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.SetValue;
import io.finguard.rego.value.StringValue;
import io.finguard.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code json.filter} and {@code json.remove}: keep or drop the parts of a document named by paths. */
final class JsonPaths {
    private JsonPaths() {
    }

    /** A trie of path segments; a node that ends a path selects its whole subtree. */
    private static final class Trie {
        final Map<String, Trie> children = new LinkedHashMap<>();
        boolean end;
    }

    static void register(Registry r) {
        r.add("json.filter", 2, a -> filter(Args.object(a, 0), paths(a)));
        r.add("json.remove", 2, a -> remove(Args.object(a, 0), paths(a)));
    }

    private static Trie paths(Value[] a) {
        List<Value> items;
        if (a[1] instanceof ArrayValue arr) {
            items = arr.items();
        } else if (a[1] instanceof SetValue s) {
            items = new ArrayList<>(s.items());
        } else {
            throw Args.typeError(1, "one of {set, array}", a[1]);
        }
        Trie root = new Trie();
        for (Value p : items) {
            List<String> segments = new ArrayList<>();
            if (p instanceof StringValue s) {
                for (String seg : s.value().replaceAll("^/+", "").split("/")) {
                    segments.add(seg.replace("~1", "/").replace("~0", "~"));
                }
            } else if (p instanceof ArrayValue arr) {
                for (Value seg : arr.items()) {
                    segments.add(seg instanceof StringValue s ? s.value() : seg.toString());
                }
            } else {
                throw BuiltinError.type("operand 2 must be one of {set, array} containing string paths or array of"
                        + " path segments but got " + p.typeName());
            }
            Trie node = root;
            for (String seg : segments) {
                node = node.children.computeIfAbsent(seg, k -> new Trie());
            }
            node.end = true;
        }
        return root;
    }

    private static String key(Value k) {
        return k instanceof StringValue s ? s.value() : k.toString();
    }

    private static Value filter(Value v, Trie t) {
        if (t.end) {
            return v;
        }
        if (v instanceof ObjectValue o) {
            TreeMap<Value, Value> m = new TreeMap<>();
            o.entries().forEach((k, x) -> {
                Trie c = t.children.get(key(k));
                if (c != null) {
                    Value f = filter(x, c);
                    if (f != null) {
                        m.put(k, f);
                    }
                }
            });
            return ObjectValue.own(m);
        }
        if (v instanceof ArrayValue arr) {
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                Trie c = t.children.get(Integer.toString(i));
                if (c != null) {
                    Value f = filter(arr.get(i), c);
                    if (f != null) {
                        out.add(f);
                    }
                }
            }
            return ArrayValue.of(out);
        }
        if (v instanceof SetValue s) {
            List<Value> out = new ArrayList<>();
            for (Value x : s.items()) {
                Trie c = t.children.get(key(x));
                if (c != null) {
                    out.add(filter(x, c));
                }
            }
            return SetValue.of(out);
        }
        return null;
    }

    private static Value remove(Value v, Trie t) {
        if (v instanceof ObjectValue o) {
            TreeMap<Value, Value> m = new TreeMap<>();
            o.entries().forEach((k, x) -> {
                Trie c = t.children.get(key(k));
                if (c == null) {
                    m.put(k, x);
                } else if (!c.end) {
                    m.put(k, remove(x, c));
                }
            });
            return ObjectValue.own(m);
        }
        if (v instanceof ArrayValue arr) {
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                Trie c = t.children.get(Integer.toString(i));
                if (c == null) {
                    out.add(arr.get(i));
                } else if (!c.end) {
                    out.add(remove(arr.get(i), c));
                }
            }
            return ArrayValue.of(out);
        }
        if (v instanceof SetValue s) {
            List<Value> out = new ArrayList<>();
            for (Value x : s.items()) {
                Trie c = t.children.get(key(x));
                if (c == null) {
                    out.add(x);
                } else if (!c.end) {
                    out.add(remove(x, c));
                }
            }
            return SetValue.of(out);
        }
        return v;
    }

}
