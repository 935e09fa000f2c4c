package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Num;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;
import io.finguard.terraform.Value.Str;

import java.util.ArrayList;
import java.util.List;

/**
 * The key/value pairs a {@code for} (expression or template directive) iterates, in Terraform's order: lists and
 * tuples by index, sets by value (the key is the element too), maps and objects by key in lexical order.
 */
final class Iteration {

    record Item(Value key, Value value) {
    }

    private Iteration() {
    }

    static List<Item> items(Value collection) {
        Value c = Conversions.known(collection);
        List<Item> items = new ArrayList<>();
        if (c instanceof Seq seq) {
            List<Value> elements = seq.elements();
            for (int i = 0; i < elements.size(); i++) {
                Value key = seq.kind() == SeqKind.SET ? elements.get(i) : Num.of(i);
                items.add(new Item(key, elements.get(i)));
            }
            return items;
        }
        if (c instanceof Obj obj) {
            for (String key : Conversions.sortedKeys(obj)) {
                items.add(new Item(new Str(key), obj.get(key)));
            }
            return items;
        }
        if (c instanceof Null) {
            throw new EvalError("a for expression cannot iterate over a null value");
        }
        throw new EvalError("a for expression cannot iterate over a " + Conversions.typeName(c)
                + "; it needs a list, set, tuple, map or object");
    }
}
