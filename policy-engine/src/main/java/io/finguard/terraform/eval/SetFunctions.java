package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code setunion}, {@code setintersection}, {@code setsubtract}. Sets keep first-seen order (see {@link Value.Seq}).
 * An unknown element anywhere makes membership undecidable, so the result is unknown.
 */
final class SetFunctions {

    private SetFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("setunion", 1, FunctionSpec.VARIADIC, a -> {
            List<Value> all = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                all.addAll(knownElements(a, i));
                EvalBudget.checkSize(all.size());
            }
            return set(CollectionFunctions.distinct(all, a.budget()));
        });
        t.add("setintersection", 1, FunctionSpec.VARIADIC, a -> {
            List<Value> out = CollectionFunctions.distinct(knownElements(a, 0), a.budget());
            for (int i = 1; i < a.size(); i++) {
                List<Value> other = knownElements(a, i);
                a.budget().charge((long) out.size() * other.size());
                out.removeIf(v -> Equality.indexOf(other, v) < 0);
            }
            return set(out);
        });
        t.add("setsubtract", 2, a -> {
            List<Value> out = CollectionFunctions.distinct(knownElements(a, 0), a.budget());
            List<Value> remove = knownElements(a, 1);
            a.budget().charge((long) out.size() * remove.size());
            out.removeIf(v -> Equality.indexOf(remove, v) >= 0);
            return set(out);
        });
    }

    private static List<Value> knownElements(Args a, int i) {
        Seq s = a.seq(i);
        if (s.containsUnknown()) {
            throw new UnknownOperand();
        }
        return Conversions.unifyPrimitives(s.elements());
    }

    private static Value set(List<Value> elements) {
        return new Seq(elements, SeqKind.SET);
    }
}
