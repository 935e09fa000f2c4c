package io.finguard.terraform.types;

import io.finguard.hcl.Expression;
import io.finguard.hcl.SourceFile;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.Conversions;
import io.finguard.terraform.eval.ValueJson;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * A Terraform type constraint, as written in a variable's {@code type}: immutable, compared by value, printed in
 * Terraform's own syntax ({@code map(object({a = optional(number, 3)}))}).
 * <p>
 * {@link #convert} turns a value into one of this type the way Terraform converts a module input: primitives
 * convert between each other ({@code "5"} to 5, {@code true} to {@code "true"}), tuples become lists or sets,
 * objects become maps, objects lose the attributes their type does not declare and gain their optional ones
 * (null, or the declared default), {@code any} inside a collection unifies the element types. Null stays null and
 * unknown values, wherever they are, stay unknown.
 */
public sealed interface TypeConstraint {

    TypeConstraint ANY = new Dynamic();

    /** {@code string}, {@code number}, {@code bool}. */
    enum Primitive implements TypeConstraint {
        STRING, NUMBER, BOOL;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code any}: no constraint, or the element type of a collection still to be inferred from its elements. */
    record Dynamic() implements TypeConstraint {
        @Override
        public String toString() {
            return "any";
        }
    }

    enum CollectionKind { LIST, SET, MAP }

    /** {@code list(T)}, {@code set(T)}, {@code map(T)}. */
    record Collection(CollectionKind kind, TypeConstraint element) implements TypeConstraint {
        @Override
        public String toString() {
            return kind.name().toLowerCase(java.util.Locale.ROOT) + "(" + element + ")";
        }
    }

    /** {@code tuple([T1, T2])}. */
    record Tuple(List<TypeConstraint> elements) implements TypeConstraint {
        public Tuple {
            elements = List.copyOf(elements);
        }

        @Override
        public String toString() {
            StringJoiner j = new StringJoiner(", ", "tuple([", "])");
            elements.forEach(e -> j.add(e.toString()));
            return j.toString();
        }
    }

    /**
     * {@code object({a = T, b = optional(T), c = optional(T, default)})}; attributes by name in Terraform's order.
     */
    record ObjectType(Map<String, Attribute> attributes) implements TypeConstraint {
        public ObjectType {
            TreeMap<String, Attribute> sorted = new TreeMap<>(Conversions::compareKeys);
            sorted.putAll(attributes);
            attributes = Collections.unmodifiableMap(sorted);
        }

        @Override
        public String toString() {
            StringJoiner j = new StringJoiner(", ", "object({", "})");
            attributes.forEach((name, a) -> j.add(name + " = " + a));
            return j.toString();
        }
    }

    /**
     * One attribute of an {@link ObjectType}.
     *
     * @param defaultValue the default of an optional attribute, already converted to {@code type}; null when it
     *                     has none (a missing attribute is then null)
     */
    record Attribute(TypeConstraint type, boolean optional, Value defaultValue) {

        public static Attribute required(TypeConstraint type) {
            return new Attribute(type, false, null);
        }

        @Override
        public String toString() {
            if (!optional) {
                return type.toString();
            }
            return defaultValue == null ? "optional(" + type + ")"
                    : "optional(" + type + ", " + ValueJson.toString(defaultValue) + ")";
        }
    }

    /**
     * The type a variable's {@code type} expression declares.
     *
     * @throws InvalidTypeException with the range of the part that is not a type, and Terraform's message
     */
    static TypeConstraint parse(Expression type, SourceFile source) throws InvalidTypeException {
        return new TypeParser(source).variableType(type);
    }

    /**
     * {@code value} converted to this type; see the class comment.
     *
     * @throws TypeConversionException when it does not convert, naming where ({@code attribute "x": element 0:
     *                                 ...}) as Terraform does
     */
    default Value convert(Value value) throws TypeConversionException {
        return TypeConverter.convert(value, this);
    }

    /** True when {@code any} appears in this type: its values' exact types are inferred from them. */
    default boolean hasDynamic() {
        if (this instanceof Dynamic) {
            return true;
        }
        if (this instanceof Collection c) {
            return c.element().hasDynamic();
        }
        if (this instanceof Tuple t) {
            return t.elements().stream().anyMatch(TypeConstraint::hasDynamic);
        }
        if (this instanceof ObjectType o) {
            return o.attributes().values().stream().anyMatch(a -> a.type().hasDynamic());
        }
        return false;
    }
}
