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

/**
 * Explicit type conversions. Null converts to null, as in Terraform. Sensitivity is not modelled, so
 * {@code sensitive} and {@code nonsensitive} return their argument.
 */
final class TypeFunctions {

    private TypeFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("tostring", 1, a -> a.known(0) instanceof Null ? Value.NULL : new Str(a.str(0)));
        t.add("tonumber", 1, a -> a.known(0) instanceof Null ? Value.NULL : new Value.Num(a.num(0)));
        t.add("tobool", 1, a -> a.known(0) instanceof Null ? Value.NULL : Value.Bool.of(a.bool(0)));
        t.add("tolist", 1, a -> a.known(0) instanceof Null ? Value.NULL
                : new Seq(Conversions.unifyPrimitives(a.seq(0).elements()), SeqKind.LIST));
        t.add("toset", 1, TypeFunctions::toset);
        t.add("tomap", 1, TypeFunctions::tomap);
        t.add("sensitive", 1, a -> a.raw(0));
        t.add("nonsensitive", 1, a -> a.raw(0));
    }

    private static Value toset(Args a) {
        if (a.known(0) instanceof Null) {
            return Value.NULL;
        }
        Seq s = a.seq(0);
        if (s.kind() == SeqKind.SET) {
            return s;
        }
        if (s.containsUnknown()) {
            // unknown elements may turn out to be duplicates, so even the size is unknown
            throw new UnknownOperand();
        }
        return new Seq(CollectionFunctions.distinct(Conversions.unifyPrimitives(s.elements()), a.budget()),
                SeqKind.SET);
    }

    private static Value tomap(Args a) {
        if (a.known(0) instanceof Null) {
            return Value.NULL;
        }
        Obj obj = a.obj(0);
        List<String> keys = new ArrayList<>(obj.entries().keySet());
        List<Value> values = Conversions.unifyPrimitives(new ArrayList<>(obj.entries().values()));
        Map<String, Value> entries = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            entries.put(keys.get(i), values.get(i));
        }
        return new Obj(entries, ObjKind.MAP);
    }
}
