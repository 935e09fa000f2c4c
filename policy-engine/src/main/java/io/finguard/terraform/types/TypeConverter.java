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
import io.finguard.terraform.eval.Conversions;
import io.finguard.terraform.types.TypeConstraint.Attribute;
import io.finguard.terraform.types.TypeConstraint.Collection;
import io.finguard.terraform.types.TypeConstraint.CollectionKind;
import io.finguard.terraform.types.TypeConstraint.Dynamic;
import io.finguard.terraform.types.TypeConstraint.ObjectType;
import io.finguard.terraform.types.TypeConstraint.Primitive;
import io.finguard.terraform.types.TypeConstraint.Tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terraform's conversion of a module input to its declared type: cty's {@code convert} with the optional attribute
 * defaults of Terraform 1.3 applied on the way (Terraform applies them first, then converts; doing both in one
 * walk gives the same result since a default is itself converted to its attribute's type). Messages are cty's,
 * and every one names its path, where cty sometimes drops it.
 */
final class TypeConverter {

    private TypeConverter() {
    }

    static Value convert(Value value, TypeConstraint type) throws TypeConversionException {
        return convert(value, type, "");
    }

    /** @param path where {@code value} is, as a message prefix: {@code attribute "a": element 0: } */
    private static Value convert(Value value, TypeConstraint type, String path) throws TypeConversionException {
        if (value instanceof Unknown || value instanceof Null) {
            return value;
        }
        if (type instanceof Dynamic) {
            return Sorting.sortedKeys(value);
        }
        if (type instanceof Primitive p) {
            return primitive(value, p, path);
        }
        if (type instanceof Collection c) {
            return c.kind() == CollectionKind.MAP ? map(value, c, path) : sequence(value, c, path);
        }
        if (type instanceof Tuple t) {
            return tuple(value, t, path);
        }
        return object(value, (ObjectType) type, path);
    }

    private static Value primitive(Value value, Primitive type, String path) throws TypeConversionException {
        switch (type) {
            case STRING -> {
                if (value instanceof Str) {
                    return value;
                }
                if (value instanceof Num n) {
                    return new Str(Conversions.formatNumber(n.value()));
                }
                if (value instanceof Bool b) {
                    return new Str(b.value() ? "true" : "false");
                }
            }
            case NUMBER -> {
                if (value instanceof Num) {
                    return value;
                }
                if (value instanceof Str s) {
                    BigDecimal n = Conversions.parseNumber(s.value());
                    if (n == null) {
                        throw fail(path, "a number is required");
                    }
                    return new Num(n);
                }
            }
            case BOOL -> {
                if (value instanceof Bool) {
                    return value;
                }
                if (value instanceof Str s) {
                    // cty also reads "1" and "0" as bools
                    switch (s.value()) {
                        case "true", "1" -> {
                            return Value.TRUE;
                        }
                        case "false", "0" -> {
                            return Value.FALSE;
                        }
                        default -> throw fail(path, "a bool is required");
                    }
                }
            }
        }
        throw fail(path, type + " required");
    }

    private static Value sequence(Value value, Collection type, String path) throws TypeConversionException {
        if (!(value instanceof Seq seq)) {
            throw fail(path, required(type));
        }
        List<Value> elements = new ArrayList<>(seq.elements().size());
        for (int i = 0; i < seq.elements().size(); i++) {
            elements.add(convert(seq.elements().get(i), type.element(), path + "element " + i + ": "));
        }
        TypeConstraint elementType = type.element();
        if (elementType.hasDynamic()) {
            elementType = unified(elements, type, path);
            for (int i = 0; i < elements.size(); i++) {
                elements.set(i, convert(elements.get(i), elementType, path + "element " + i + ": "));
            }
        }
        if (type.kind() == CollectionKind.SET) {
            return new Seq(SetOrder.distinctSorted(elements, elementType), SeqKind.SET);
        }
        return new Seq(elements, SeqKind.LIST);
    }

    private static Value map(Value value, Collection type, String path) throws TypeConversionException {
        if (!(value instanceof Obj obj)) {
            throw fail(path, required(type));
        }
        LinkedHashMap<String, Value> entries = new LinkedHashMap<>();
        for (String key : Sorting.keys(obj)) {
            entries.put(key, convert(obj.get(key), type.element(), path + "element " + quote(key) + ": "));
        }
        if (type.element().hasDynamic()) {
            TypeConstraint elementType = unified(new ArrayList<>(entries.values()), type, path);
            for (Map.Entry<String, Value> e : entries.entrySet()) {
                e.setValue(convert(e.getValue(), elementType, path + "element " + quote(e.getKey()) + ": "));
            }
        }
        return Obj.owning(entries, ObjKind.MAP);
    }

    /** The one type the elements of a collection of {@code any} take, as Terraform infers it. */
    private static TypeConstraint unified(List<Value> elements, Collection type, String path)
            throws TypeConversionException {
        List<TypeConstraint> types = new ArrayList<>(elements.size());
        for (Value element : elements) {
            types.add(ValueTypes.typeOf(element));
        }
        TypeConstraint unified = Unification.unify(types);
        if (unified == null) {
            throw fail(path, "all " + type.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " elements must have the same type");
        }
        return unified;
    }

    private static Value tuple(Value value, Tuple type, String path) throws TypeConversionException {
        if (!(value instanceof Seq seq) || seq.kind() == SeqKind.SET
                || seq.elements().size() != type.elements().size()) {
            throw fail(path, "tuple required");
        }
        List<Value> elements = new ArrayList<>(seq.elements().size());
        for (int i = 0; i < seq.elements().size(); i++) {
            elements.add(convert(seq.elements().get(i), type.elements().get(i), path + "element " + i + ": "));
        }
        return new Seq(elements, SeqKind.TUPLE);
    }

    private static Value object(Value value, ObjectType type, String path) throws TypeConversionException {
        if (!(value instanceof Obj obj)) {
            throw fail(path, "object required");
        }
        LinkedHashMap<String, Value> entries = new LinkedHashMap<>();
        for (Map.Entry<String, Attribute> e : type.attributes().entrySet()) {
            String name = e.getKey();
            Attribute attribute = e.getValue();
            Value given = obj.get(name);
            if (given == null && !attribute.optional()) {
                throw fail(path, "attribute " + quote(name) + " is required");
            }
            if ((given == null || given instanceof Null) && attribute.optional()) {
                // defaults are stored converted
                entries.put(name, attribute.defaultValue() != null ? attribute.defaultValue() : Value.NULL);
                continue;
            }
            entries.put(name, convert(given, attribute.type(), path + "attribute " + quote(name) + ": "));
        }
        return Obj.owning(entries, ObjKind.OBJECT);
    }

    /** "list of string required", as cty says it. */
    private static String required(Collection type) {
        return friendlyName(type) + " required";
    }

    /** cty's name for a type in messages: "list of map of string", "object", "any single type". */
    private static String friendlyName(TypeConstraint type) {
        if (type instanceof Collection c) {
            return c.kind().name().toLowerCase(java.util.Locale.ROOT) + " of " + friendlyName(c.element());
        }
        if (type instanceof Dynamic) {
            return "any single type";
        }
        if (type instanceof ObjectType) {
            return "object";
        }
        if (type instanceof Tuple) {
            return "tuple";
        }
        return type.toString();
    }

    static String quote(String name) {
        return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static TypeConversionException fail(String path, String message) {
        return new TypeConversionException(path + message);
    }
}
