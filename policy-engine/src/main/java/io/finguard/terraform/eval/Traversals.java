package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.ObjKind;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;

import java.math.BigDecimal;

/** Attribute access ({@code a.b}) and indexing ({@code a[k]}, {@code a.0}) on evaluated values. */
final class Traversals {

    private Traversals() {
    }

    static Value getAttr(Value target, String name) {
        Value t = Conversions.known(target);
        if (t instanceof Obj obj) {
            return entry(obj, name);
        }
        if (t instanceof Seq seq && seq.kind() != SeqKind.SET && name.chars().allMatch(Character::isDigit)
                && !name.isEmpty()) {
            return index(seq, Value.Num.of(Long.parseLong(name)));
        }
        if (t instanceof Seq) {
            throw new EvalError("cannot access attribute \"" + name + "\" on a " + Conversions.typeName(t)
                    + "; use an index for one element or a splat ([*]) for all of them");
        }
        if (t instanceof Null) {
            throw new EvalError("attempt to get attribute \"" + name + "\" from a null value");
        }
        throw new EvalError("cannot access attribute \"" + name + "\" on a " + Conversions.typeName(t) + " value");
    }

    static Value index(Value target, Value key) {
        Value t = Conversions.known(target);
        Value k = Conversions.known(key);
        if (k instanceof Null) {
            throw new EvalError("an index cannot be null");
        }
        if (t instanceof Seq seq) {
            if (seq.kind() == SeqKind.SET) {
                throw new EvalError("elements of a set cannot be selected by index; convert it with tolist()");
            }
            BigDecimal n = Conversions.toNum(k);
            int size = seq.elements().size();
            if (n.signum() < 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(size)) >= 0) {
                throw new EvalError("index " + Conversions.formatNumber(n) + " is out of range for a "
                        + Conversions.typeName(seq) + " of " + size + " element" + (size == 1 ? "" : "s"));
            }
            return seq.elements().get(n.intValueExact());
        }
        if (t instanceof Obj obj) {
            return entry(obj, Conversions.toStr(k));
        }
        if (t instanceof Null) {
            throw new EvalError("cannot index a null value");
        }
        throw new EvalError("a " + Conversions.typeName(t) + " value cannot be indexed");
    }

    private static Value entry(Obj obj, String name) {
        Value v = obj.get(name);
        if (v == null) {
            throw new EvalError(obj.kind() == ObjKind.MAP
                    ? "the map has no element with key \"" + name + "\""
                    : "this object does not have an attribute named \"" + name + "\"");
        }
        return v;
    }
}
