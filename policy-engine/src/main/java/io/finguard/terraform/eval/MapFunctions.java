package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.ObjKind;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;
import io.finguard.terraform.Value.Str;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Functions over maps and objects. Keys come out in Terraform's lexical order wherever order is visible. */
final class MapFunctions {

    private MapFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("merge", 0, FunctionSpec.VARIADIC, MapFunctions::merge);
        t.add("lookup", 2, 3, MapFunctions::lookup);
        t.add("keys", 1, MapFunctions::keys);
        t.add("values", 1, MapFunctions::values);
        t.add("zipmap", 2, MapFunctions::zipmap);
        t.add("transpose", 1, MapFunctions::transpose);
        t.add("matchkeys", 3, MapFunctions::matchkeys);
    }

    /**
     * Later arguments win; null arguments are skipped. The result stays known when entry values are unknown:
     * {@code merge(local.tags, {Name = var.name})} still has known keys, which is what the tag rules need.
     */
    private static Value merge(Args a) {
        Map<String, Value> entries = new LinkedHashMap<>();
        boolean allMaps = true;
        for (int i = 0; i < a.size(); i++) {
            Value v = a.known(i);
            if (v instanceof Null) {
                continue;
            }
            Obj obj = a.obj(i);
            allMaps &= obj.kind() == ObjKind.MAP;
            entries.putAll(obj.entries());
            EvalBudget.checkSize(entries.size());
        }
        return new Obj(entries, allMaps && !entries.isEmpty() ? ObjKind.MAP : ObjKind.OBJECT);
    }

    private static Value lookup(Args a) {
        Obj obj = a.obj(0);
        String key = a.str(1);
        Value v = obj.get(key);
        if (v != null) {
            return v;
        }
        if (a.size() == 3) {
            return a.raw(2);
        }
        throw new EvalError("lookup failed to find key \"" + key + "\"");
    }

    private static Value keys(Args a) {
        Obj obj = a.obj(0);
        List<Value> keys = new ArrayList<>();
        for (String key : Conversions.sortedKeys(obj)) {
            keys.add(new Str(key));
        }
        return new Seq(keys, obj.kind() == ObjKind.MAP ? SeqKind.LIST : SeqKind.TUPLE);
    }

    private static Value values(Args a) {
        Obj obj = a.obj(0);
        List<Value> values = new ArrayList<>();
        for (String key : Conversions.sortedKeys(obj)) {
            values.add(obj.get(key));
        }
        return new Seq(values, obj.kind() == ObjKind.MAP ? SeqKind.LIST : SeqKind.TUPLE);
    }

    private static Value zipmap(Args a) {
        List<Value> keys = a.seq(0).elements();
        List<Value> values = a.seq(1).elements();
        if (keys.size() != values.size()) {
            throw new EvalError("the number of keys (" + keys.size() + ") does not match the number of values ("
                    + values.size() + ")");
        }
        Map<String, Value> entries = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (Conversions.known(keys.get(i)) instanceof Null) {
                throw new EvalError("a key cannot be null");
            }
            entries.put(Conversions.toStr(keys.get(i)), values.get(i));
        }
        return new Obj(entries, a.raw(1) instanceof Seq s && s.kind() == SeqKind.LIST ? ObjKind.MAP : ObjKind.OBJECT);
    }

    /** Swaps the keys and values of a map of lists of strings. */
    private static Value transpose(Args a) {
        Obj obj = a.obj(0);
        Map<String, List<Value>> out = new TreeMap<>(Conversions::compareKeys);
        for (String key : Conversions.sortedKeys(obj)) {
            for (Value element : Conversions.toSeq(obj.get(key)).elements()) {
                out.computeIfAbsent(Conversions.toStr(element), x -> new ArrayList<>()).add(new Str(key));
            }
        }
        Map<String, Value> entries = new LinkedHashMap<>();
        out.forEach((key, list) -> entries.put(key, new Seq(list, SeqKind.LIST)));
        return new Obj(entries, ObjKind.MAP);
    }

    /** The values whose corresponding key is in the search list. */
    private static Value matchkeys(Args a) {
        List<Value> values = a.seq(0).elements();
        List<Value> keys = a.seq(1).elements();
        List<Value> search = a.seq(2).elements();
        if (values.size() != keys.size()) {
            throw new EvalError("the lengths of the values and keys lists must be equal");
        }
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (Equality.contains(search, keys.get(i))) {
                out.add(values.get(i));
            }
        }
        return new Seq(out, SeqKind.LIST);
    }
}
