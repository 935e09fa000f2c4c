package io.finguard.rego.builtins;

import io.finguard.rego.value.ArrayValue;
import io.finguard.rego.value.BoolValue;
import io.finguard.rego.value.NumberValue;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.SetValue;
import io.finguard.rego.value.StringValue;
import io.finguard.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Sets, arrays and objects: {@code union}, {@code intersection}, {@code array.*}, {@code object.*}, {@code walk}. */
final class Collections {
    private Collections() {
    }

    static void register(Registry r) {
        r.add("union", 1, a -> {
            TreeSet<Value> out = new TreeSet<>();
            for (Value s : Args.set(a, 0).items()) {
                out.addAll(asSet(s, 0).items());
            }
            return SetValue.own(out);
        });
        r.add("intersection", 1, a -> {
            TreeSet<Value> out = null;
            for (Value s : Args.set(a, 0).items()) {
                if (out == null) {
                    out = new TreeSet<>(asSet(s, 0).items());
                } else {
                    out.retainAll(asSet(s, 0).items());
                }
            }
            return out == null ? SetValue.EMPTY : SetValue.own(out);
        });
        r.add("array.concat", 2, a -> {
            List<Value> out = new ArrayList<>(Args.array(a, 0).items());
            out.addAll(Args.array(a, 1).items());
            return ArrayValue.of(out);
        });
        r.add("array.slice", 3, a -> {
            List<Value> items = Args.array(a, 0).items();
            int from = Math.max(0, Args.intValue(a, 1));
            int to = Math.min(items.size(), Args.intValue(a, 2));
            return from >= to ? ArrayValue.EMPTY : ArrayValue.of(items.subList(from, to));
        });
        r.add("array.reverse", 1, a -> {
            List<Value> out = new ArrayList<>(Args.array(a, 0).items());
            java.util.Collections.reverse(out);
            return ArrayValue.of(out);
        });
        r.add("array.flatten", 1, a -> {
            List<Value> out = new ArrayList<>();
            flatten(Args.array(a, 0), out);
            return ArrayValue.of(out);
        });
        r.add("object.get", 3, a -> {
            ObjectValue o = Args.object(a, 0);
            if (a[1] instanceof ArrayValue path) {
                Value v = o;
                for (Value k : path.items()) {
                    v = child(v, k);
                    if (v == null) {
                        return a[2];
                    }
                }
                return v;
            }
            Value v = o.get(a[1]);
            return v == null ? a[2] : v;
        });
        r.add("object.keys", 1, a -> SetValue.of(Args.object(a, 0).entries().keySet()));
        r.add("object.remove", 2, a -> {
            TreeMap<Value, Value> m = new TreeMap<>(Args.object(a, 0).entries());
            keys(a, 1).forEach(m::remove);
            return ObjectValue.own(m);
        });
        r.add("object.filter", 2, a -> {
            ObjectValue o = Args.object(a, 0);
            TreeMap<Value, Value> m = new TreeMap<>();
            for (Value k : keys(a, 1)) {
                Value v = o.get(k);
                if (v != null) {
                    m.put(k, v);
                }
            }
            return ObjectValue.own(m);
        });
        r.add("object.union", 2, a -> merge(Args.object(a, 0), Args.object(a, 1)));
        r.add("object.union_n", 1, a -> {
            Value acc = ObjectValue.EMPTY;
            for (Value v : Args.array(a, 0).items()) {
                if (!(v instanceof ObjectValue o)) {
                    throw BuiltinError.type("operand 1 must be array of objects but got array containing "
                            + v.typeName());
                }
                acc = merge((ObjectValue) acc, o);
            }
            return acc;
        });
        r.add("object.subset", 2, a -> {
            if (a[0] instanceof ObjectValue || a[0] instanceof SetValue || a[0] instanceof ArrayValue) {
                if (a[1].typeRank() != a[0].typeRank() && !(a[0] instanceof ArrayValue
                        && a[1] instanceof SetValue) && !(a[0] instanceof SetValue && a[1] instanceof ArrayValue)) {
                    throw Args.typeError(1, a[0].typeName(), a[1]);
                }
                return BoolValue.of(subset(a[0], a[1]));
            }
            throw Args.typeError(0, "one of {object, set, array}", a[0]);
        });
        r.add("walk", 1, a -> {
            List<Value> out = new ArrayList<>();
            walk(a[0], new ArrayList<>(), out);
            return ArrayValue.of(out);
        });
    }

    private static SetValue asSet(Value v, int operand) {
        if (v instanceof SetValue s) {
            return s;
        }
        throw BuiltinError.type("operand " + (operand + 1) + " must be set of sets but got set containing "
                + v.typeName());
    }

    /** One level deep, as OPA's array.flatten. */
    private static void flatten(ArrayValue a, List<Value> out) {
        for (Value v : a.items()) {
            if (v instanceof ArrayValue inner) {
                out.addAll(inner.items());
            } else {
                out.add(v);
            }
        }
    }

    private static Value child(Value v, Value k) {
        if (v instanceof ObjectValue o) {
            return o.get(k);
        }
        if (v instanceof ArrayValue arr && k instanceof NumberValue n && n.intValue() != null) {
            int i = n.intValue();
            return i >= 0 && i < arr.size() ? arr.get(i) : null;
        }
        if (v instanceof SetValue s) {
            return s.contains(k) ? k : null;
        }
        return null;
    }

    /** The keys named by an object's keys, a set or an array. */
    private static List<Value> keys(Value[] a, int i) {
        if (a[i] instanceof ObjectValue o) {
            return new ArrayList<>(o.entries().keySet());
        }
        if (a[i] instanceof SetValue s) {
            return new ArrayList<>(s.items());
        }
        if (a[i] instanceof ArrayValue arr) {
            return arr.items();
        }
        throw Args.typeError(i, "one of {object, set, array}", a[i]);
    }

    /** Deep merge; on a clash the right-hand value wins unless both are objects. */
    static ObjectValue merge(ObjectValue x, ObjectValue y) {
        TreeMap<Value, Value> m = new TreeMap<>(x.entries());
        for (Map.Entry<Value, Value> e : y.entries().entrySet()) {
            Value old = m.get(e.getKey());
            if (old instanceof ObjectValue ox && e.getValue() instanceof ObjectValue oy) {
                m.put(e.getKey(), merge(ox, oy));
            } else {
                m.put(e.getKey(), e.getValue());
            }
        }
        return ObjectValue.own(m);
    }

    private static boolean subset(Value sup, Value sub) {
        if (sup instanceof ObjectValue o && sub instanceof ObjectValue s) {
            for (Map.Entry<Value, Value> e : s.entries().entrySet()) {
                Value v = o.get(e.getKey());
                if (v == null) {
                    return false;
                }
                if (v instanceof ObjectValue && e.getValue() instanceof ObjectValue
                        || v instanceof SetValue && e.getValue() instanceof SetValue) {
                    if (!subset(v, e.getValue())) {
                        return false;
                    }
                } else if (v instanceof ArrayValue && e.getValue() instanceof ArrayValue) {
                    if (!subset(v, e.getValue())) {
                        return false;
                    }
                } else if (!v.equals(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (sup instanceof SetValue o && sub instanceof SetValue s) {
            return o.items().containsAll(s.items());
        }
        if (sup instanceof ArrayValue o && sub instanceof ArrayValue s) {
            // An array is a subset when it appears as a contiguous run of the other.
            return java.util.Collections.indexOfSubList(o.items(), s.items()) >= 0 || s.size() == 0;
        }
        if (sup instanceof ArrayValue o && sub instanceof SetValue s) {
            return o.items().containsAll(s.items());
        }
        return sup.equals(sub);
    }

    private static void walk(Value v, List<Value> path, List<Value> out) {
        out.add(ArrayValue.of(List.of(ArrayValue.of(path), v)));
        if (v instanceof ObjectValue o) {
            for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
                path.add(e.getKey());
                walk(e.getValue(), path, out);
                path.remove(path.size() - 1);
            }
        } else if (v instanceof ArrayValue arr) {
            for (int i = 0; i < arr.size(); i++) {
                path.add(NumberValue.of(i));
                walk(arr.get(i), path, out);
                path.remove(path.size() - 1);
            }
        } else if (v instanceof SetValue s) {
            for (Value x : s.items()) {
                path.add(x);
                walk(x, path, out);
                path.remove(path.size() - 1);
            }
        }
    }

}
