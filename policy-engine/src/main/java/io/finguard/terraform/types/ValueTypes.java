package io.finguard.terraform.types;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Bool;
import io.finguard.terraform.Value.Num;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.ObjKind;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;
import io.finguard.terraform.Value.Str;
import io.finguard.terraform.types.TypeConstraint.Attribute;
import io.finguard.terraform.types.TypeConstraint.Collection;
import io.finguard.terraform.types.TypeConstraint.CollectionKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type Terraform gives a value. A {@link Value} does not carry the element type of a list, set or map, so it
 * is inferred from the elements (and is {@code any} when there are none, or only nulls and unknowns, which is
 * what Terraform also infers from such a literal).
 */
final class ValueTypes {

    private ValueTypes() {
    }

    static TypeConstraint typeOf(Value value) {
        if (value instanceof Str) {
            return TypeConstraint.Primitive.STRING;
        }
        if (value instanceof Num) {
            return TypeConstraint.Primitive.NUMBER;
        }
        if (value instanceof Bool) {
            return TypeConstraint.Primitive.BOOL;
        }
        if (value instanceof Seq seq) {
            List<TypeConstraint> elements = new ArrayList<>(seq.elements().size());
            for (Value element : seq.elements()) {
                elements.add(typeOf(element));
            }
            if (seq.kind() == SeqKind.TUPLE) {
                return new TypeConstraint.Tuple(elements);
            }
            return collection(seq.kind() == SeqKind.SET ? CollectionKind.SET : CollectionKind.LIST, elements);
        }
        if (value instanceof Obj obj) {
            if (obj.kind() == ObjKind.MAP) {
                return collection(CollectionKind.MAP, obj.entries().values().stream().map(ValueTypes::typeOf)
                        .toList());
            }
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            obj.entries().forEach((k, v) -> attributes.put(k, Attribute.required(typeOf(v))));
            return new TypeConstraint.ObjectType(attributes);
        }
        // null and unknown: any type at all
        return TypeConstraint.ANY;
    }

    private static TypeConstraint collection(CollectionKind kind, List<TypeConstraint> elements) {
        TypeConstraint element = Unification.unify(elements);
        return new Collection(kind, element != null ? element : TypeConstraint.ANY);
    }
}
