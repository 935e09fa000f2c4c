package io.finguard.terraform.types;

import io.finguard.terraform.types.TypeConstraint.Attribute;
import io.finguard.terraform.types.TypeConstraint.Collection;
import io.finguard.terraform.types.TypeConstraint.CollectionKind;
import io.finguard.terraform.types.TypeConstraint.Dynamic;
import io.finguard.terraform.types.TypeConstraint.ObjectType;
import io.finguard.terraform.types.TypeConstraint.Primitive;
import io.finguard.terraform.types.TypeConstraint.Tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one type that the elements of a {@code list(any)} or {@code map(any)} all convert to, as cty's
 * {@code unify} finds it: strings absorb numbers and bools (but a number and a bool have none), objects with the
 * same attributes unify attribute by attribute and otherwise become a map, tuples of one length unify element by
 * element and otherwise become a list. {@code any} (a null or an unknown element) goes with anything.
 */
final class Unification {

    private Unification() {
    }

    /** The unified type, {@code any} for no types, or null when there is none. */
    static TypeConstraint unify(List<TypeConstraint> given) {
        List<TypeConstraint> types = given.stream().filter(t -> !(t instanceof Dynamic)).distinct().toList();
        if (types.isEmpty()) {
            return TypeConstraint.ANY;
        }
        if (types.size() == 1) {
            return types.get(0);
        }
        if (types.stream().allMatch(t -> t instanceof Primitive)) {
            return types.contains(Primitive.STRING) ? Primitive.STRING : null;
        }
        if (types.stream().allMatch(t -> t instanceof ObjectType || isKind(t, CollectionKind.MAP))) {
            return objectsOrMaps(types);
        }
        if (types.stream().allMatch(t -> t instanceof Tuple || isKind(t, CollectionKind.LIST))) {
            return tuplesOrLists(types);
        }
        if (types.stream().allMatch(t -> isKind(t, CollectionKind.SET))) {
            return collectionOf(CollectionKind.SET, types.stream().map(t -> ((Collection) t).element()).toList());
        }
        return null;
    }

    private static TypeConstraint objectsOrMaps(List<TypeConstraint> types) {
        if (types.stream().allMatch(t -> t instanceof ObjectType)) {
            ObjectType first = (ObjectType) types.get(0);
            boolean sameNames = types.stream()
                    .allMatch(t -> ((ObjectType) t).attributes().keySet().equals(first.attributes().keySet()));
            if (sameNames) {
                Map<String, Attribute> attributes = new LinkedHashMap<>();
                for (String name : first.attributes().keySet()) {
                    TypeConstraint attribute = unify(types.stream()
                            .map(t -> ((ObjectType) t).attributes().get(name).type()).toList());
                    if (attribute == null) {
                        return null;
                    }
                    attributes.put(name, Attribute.required(attribute));
                }
                return new ObjectType(attributes);
            }
        }
        List<TypeConstraint> elements = new ArrayList<>();
        for (TypeConstraint t : types) {
            if (t instanceof ObjectType o) {
                o.attributes().values().forEach(a -> elements.add(a.type()));
            } else {
                elements.add(((Collection) t).element());
            }
        }
        return collectionOf(CollectionKind.MAP, elements);
    }

    private static TypeConstraint tuplesOrLists(List<TypeConstraint> types) {
        if (types.stream().allMatch(t -> t instanceof Tuple)) {
            int size = ((Tuple) types.get(0)).elements().size();
            if (types.stream().allMatch(t -> ((Tuple) t).elements().size() == size)) {
                List<TypeConstraint> elements = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    int index = i;
                    TypeConstraint element = unify(types.stream().map(t -> ((Tuple) t).elements().get(index))
                            .toList());
                    if (element == null) {
                        return null;
                    }
                    elements.add(element);
                }
                return new Tuple(elements);
            }
        }
        List<TypeConstraint> elements = new ArrayList<>();
        for (TypeConstraint t : types) {
            if (t instanceof Tuple tuple) {
                elements.addAll(tuple.elements());
            } else {
                elements.add(((Collection) t).element());
            }
        }
        return collectionOf(CollectionKind.LIST, elements);
    }

    private static TypeConstraint collectionOf(CollectionKind kind, List<TypeConstraint> elements) {
        TypeConstraint element = unify(elements);
        return element == null ? null : new Collection(kind, element);
    }

    private static boolean isKind(TypeConstraint t, CollectionKind kind) {
        return t instanceof Collection c && c.kind() == kind;
    }
}
