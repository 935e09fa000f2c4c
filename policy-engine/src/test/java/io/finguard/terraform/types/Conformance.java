package io.finguard.terraform.types;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Bool;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Num;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.ObjKind;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;
import io.finguard.terraform.Value.Str;
import io.finguard.terraform.Value.Unknown;

/** Test helper: whether a value has exactly a type (the kinds of its containers included), as Terraform typed it. */
final class Conformance {

    private Conformance() {
    }

    static boolean conforms(Value value, TypeConstraint type) {
        if (value instanceof Null || value instanceof Unknown || type instanceof TypeConstraint.Dynamic) {
            return true;
        }
        if (type instanceof TypeConstraint.Primitive p) {
            return switch (p) {
                case STRING -> value instanceof Str;
                case NUMBER -> value instanceof Num;
                case BOOL -> value instanceof Bool;
            };
        }
        if (type instanceof TypeConstraint.Collection c) {
            if (c.kind() == TypeConstraint.CollectionKind.MAP) {
                return value instanceof Obj o && o.kind() == ObjKind.MAP
                        && o.entries().values().stream().allMatch(v -> conforms(v, c.element()));
            }
            SeqKind kind = c.kind() == TypeConstraint.CollectionKind.SET ? SeqKind.SET : SeqKind.LIST;
            return value instanceof Seq s && s.kind() == kind
                    && s.elements().stream().allMatch(v -> conforms(v, c.element()));
        }
        if (type instanceof TypeConstraint.Tuple t) {
            if (!(value instanceof Seq s) || s.kind() != SeqKind.TUPLE || s.elements().size() != t.elements().size()) {
                return false;
            }
            for (int i = 0; i < t.elements().size(); i++) {
                if (!conforms(s.elements().get(i), t.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        TypeConstraint.ObjectType o = (TypeConstraint.ObjectType) type;
        return value instanceof Obj obj && obj.kind() == ObjKind.OBJECT
                && obj.entries().keySet().equals(o.attributes().keySet())
                && o.attributes().entrySet().stream().allMatch(e -> conforms(obj.get(e.getKey()),
                e.getValue().type()));
    }
}
