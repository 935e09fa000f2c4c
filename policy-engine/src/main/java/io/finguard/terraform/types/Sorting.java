package io.finguard.terraform.types;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.eval.Conversions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Terraform keeps object attributes and map keys sorted (by code point), and prints them so: a converted value
 * has its keys in that order, even under {@code any}, so that the model reads like {@code terraform console}.
 */
final class Sorting {

    private Sorting() {
    }

    static List<String> keys(Obj obj) {
        List<String> keys = new ArrayList<>(obj.entries().keySet());
        keys.sort(Conversions::compareKeys);
        return keys;
    }

    /** {@code value} with the keys of every object and map in it sorted; the same instance when they are. */
    static Value sortedKeys(Value value) {
        if (value instanceof Seq seq) {
            List<Value> elements = new ArrayList<>(seq.elements().size());
            boolean changed = false;
            for (Value element : seq.elements()) {
                Value sorted = sortedKeys(element);
                changed |= sorted != element;
                elements.add(sorted);
            }
            return changed ? new Seq(elements, seq.kind()) : seq;
        }
        if (value instanceof Obj obj) {
            LinkedHashMap<String, Value> entries = new LinkedHashMap<>();
            boolean changed = false;
            List<String> keys = keys(obj);
            List<String> given = new ArrayList<>(obj.entries().keySet());
            changed |= !keys.equals(given);
            for (String key : keys) {
                Value element = obj.get(key);
                Value sorted = sortedKeys(element);
                changed |= sorted != element;
                entries.put(key, sorted);
            }
            return changed ? Obj.owning(entries, obj.kind()) : obj;
        }
        return value;
    }
}
