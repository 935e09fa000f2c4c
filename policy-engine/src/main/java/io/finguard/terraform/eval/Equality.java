package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Bool;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Num;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;
import io.finguard.terraform.Value.Str;
import io.finguard.terraform.Value.Unknown;

import java.util.List;
import java.util.Map;

/**
 * Value equality for {@code ==}, {@code contains}, {@code distinct}, {@code index} and the set functions.
 * <p>
 * Like Terraform, values of different primitive types are never equal ({@code 1 == "1"} is false). Unlike
 * Terraform, a list equals a tuple with the same elements and a map an object with the same entries: finguard
 * does not know every declared type, and telling them apart would make results depend on that guesswork.
 */
final class Equality {

    private Equality() {
    }

    /** TRUE or FALSE when decidable, null when the answer depends on an unknown. */
    static Boolean equal(Value a, Value b) {
        if (a instanceof Unknown || b instanceof Unknown) {
            return null;
        }
        if (a instanceof Null || b instanceof Null) {
            return a instanceof Null && b instanceof Null;
        }
        if (a instanceof Num x && b instanceof Num y) {
            return x.value().compareTo(y.value()) == 0;
        }
        if (a instanceof Str x && b instanceof Str y) {
            return x.value().equals(y.value());
        }
        if (a instanceof Bool x && b instanceof Bool y) {
            return x.value() == y.value();
        }
        if (a instanceof Seq x && b instanceof Seq y) {
            if ((x.kind() == SeqKind.SET) != (y.kind() == SeqKind.SET)) {
                return false;
            }
            return x.kind() == SeqKind.SET ? setEqual(x.elements(), y.elements())
                    : listEqual(x.elements(), y.elements());
        }
        if (a instanceof Obj x && b instanceof Obj y) {
            return mapEqual(x.entries(), y.entries());
        }
        return false;
    }

    /** Equality where an undecidable answer must stop the caller. */
    static boolean knownEqual(Value a, Value b) {
        Boolean eq = equal(a, b);
        if (eq == null) {
            throw new UnknownOperand();
        }
        return eq;
    }

    private static Boolean listEqual(List<Value> a, List<Value> b) {
        if (a.size() != b.size()) {
            return false;
        }
        boolean unknown = false;
        for (int i = 0; i < a.size(); i++) {
            Boolean eq = equal(a.get(i), b.get(i));
            if (Boolean.FALSE.equals(eq)) {
                return false;
            }
            unknown |= eq == null;
        }
        return unknown ? null : Boolean.TRUE;
    }

    private static Boolean setEqual(List<Value> a, List<Value> b) {
        if (a.size() != b.size()) {
            return false;
        }
        // a set with an unknown element may or may not collapse duplicates once known
        for (List<Value> side : List.of(a, b)) {
            for (Value x : side) {
                if (x.containsUnknown()) {
                    return null;
                }
            }
        }
        for (Value x : a) {
            if (indexOf(b, x) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Boolean mapEqual(Map<String, Value> a, Map<String, Value> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        boolean unknown = false;
        for (Map.Entry<String, Value> e : a.entrySet()) {
            Boolean eq = equal(e.getValue(), b.get(e.getKey()));
            if (Boolean.FALSE.equals(eq)) {
                return false;
            }
            unknown |= eq == null;
        }
        return unknown ? null : Boolean.TRUE;
    }

    /**
     * The position of the first element equal to {@code value}, or -1. Raises {@link UnknownOperand} when an
     * unknown element comes before any match, since it might have been the match.
     */
    static int indexOf(List<Value> elements, Value value) {
        for (int i = 0; i < elements.size(); i++) {
            if (knownEqual(elements.get(i), value)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether any element equals {@code value}: a known match decides even when other elements are unknown. */
    static boolean contains(List<Value> elements, Value value) {
        boolean unknown = false;
        for (Value element : elements) {
            Boolean eq = equal(element, value);
            if (Boolean.TRUE.equals(eq)) {
                return true;
            }
            unknown |= eq == null;
        }
        if (unknown) {
            throw new UnknownOperand();
        }
        return false;
    }
}
