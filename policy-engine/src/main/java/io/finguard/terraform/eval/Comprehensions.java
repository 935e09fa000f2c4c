package io.finguard.terraform.eval;

import io.finguard.hcl.Expression;
import io.finguard.hcl.Expression.For;
import io.finguard.hcl.Expression.Splat;
import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.ObjKind;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expressions that evaluate a sub-expression once per element: splats and for-expressions. An element that
 * fails is unknown in the result (with its problem recorded); an unknown collection, condition or key makes the
 * whole result unknown, since its shape cannot be known.
 */
final class Comprehensions {

    /** The scope name a splat binds its current element to; not a valid identifier, so it cannot clash. */
    static final String SPLAT_ITEM = "[*]";

    private Comprehensions() {
    }

    static Value splat(Splat sp, Scope s, ScopedEvaluation evaluator) {
        Value sourceValue = Conversions.known(evaluator.eval(sp.source(), s));
        if (sourceValue instanceof Null) {
            return new Seq(List.of(), SeqKind.TUPLE);
        }
        if (sourceValue instanceof Seq seq) {
            List<Value> out = new ArrayList<>(seq.elements().size());
            for (Value element : seq.elements()) {
                out.add(evaluator.eval(sp.each(), s.child(Map.of(SPLAT_ITEM, element))));
            }
            return new Seq(out, seq.kind() == SeqKind.TUPLE ? SeqKind.TUPLE : SeqKind.LIST);
        }
        // any other value is treated as a one-element list, which is how `aws_x.y[*].id` works without count
        return new Seq(List.of(evaluator.eval(sp.each(), s.child(Map.of(SPLAT_ITEM, sourceValue)))), SeqKind.TUPLE);
    }

    static Value forExpression(For f, Scope s, ScopedEvaluation evaluator) {
        List<Iteration.Item> items = Iteration.items(evaluator.eval(f.collection(), s));
        List<Value> tupleElements = new ArrayList<>();
        Map<String, Value> objectEntries = new LinkedHashMap<>();
        Map<String, List<Value>> groups = new LinkedHashMap<>();
        for (Iteration.Item item : items) {
            Scope inner = s.child(f.keyVar(), item.key(), f.valueVar(), item.value());
            if (f.condition() != null && !includes(f.condition(), inner, evaluator)) {
                continue;
            }
            if (!f.objectResult()) {
                tupleElements.add(evaluator.eval(f.valueExpr(), inner));
                continue;
            }
            Value k = Conversions.known(evaluator.eval(f.keyExpr(), inner));
            if (k instanceof Null) {
                throw new EvalError("a for expression produced a null key");
            }
            String key = Conversions.toStr(k);
            Value value = evaluator.eval(f.valueExpr(), inner);
            if (f.grouping()) {
                groups.computeIfAbsent(key, x -> new ArrayList<>()).add(value);
            } else if (objectEntries.putIfAbsent(key, value) != null) {
                throw new EvalError("two items produced the key \"" + key + "\" in this for expression;"
                        + " add ... after the value expression to group them");
            }
        }
        if (!f.objectResult()) {
            return new Seq(tupleElements, SeqKind.TUPLE);
        }
        if (f.grouping()) {
            groups.forEach((key, values) -> objectEntries.put(key, new Seq(values, SeqKind.TUPLE)));
        }
        return new Obj(objectEntries, ObjKind.OBJECT);
    }

    private static boolean includes(Expression condition, Scope inner, ScopedEvaluation evaluator) {
        Value c = Conversions.known(evaluator.eval(condition, inner));
        if (c instanceof Null) {
            throw new EvalError("the condition of a for expression is null");
        }
        return Conversions.toBool(c);
    }

}
