package io.finguard.terraform.types;

import io.finguard.hcl.Expression;
import io.finguard.hcl.Expression.FunctionCall;
import io.finguard.hcl.Expression.ObjectCons;
import io.finguard.hcl.Expression.ObjectItem;
import io.finguard.hcl.Expression.Parens;
import io.finguard.hcl.Expression.Template;
import io.finguard.hcl.Expression.Variable;
import io.finguard.hcl.SourceFile;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.EvalProblem;
import io.finguard.terraform.eval.Evaluator;
import io.finguard.terraform.eval.References;
import io.finguard.terraform.eval.Scope;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a type constraint expression as Terraform's {@code typeexpr} does, with its messages, so that a user sees
 * the explanation Terraform would give.
 */
final class TypeParser {

    // One instance: the evaluator caches the normalised form of the last directory it was given by identity, and
    // a fresh Path.of(".") per default made every declaration pay toAbsolutePath().normalize() (JFR).
    private static final Path CONSTANTS_DIR = Path.of(".");

    private static final String INVALID = "Invalid type specification: ";
    private static final String NOT_A_TYPE = INVALID + "A type specification is either a primitive type keyword"
            + " (bool, number, string) or a complex type constructor call, like list(string).";

    private final SourceFile source;

    TypeParser(SourceFile source) {
        this.source = source;
    }

    /**
     * A variable's {@code type}: a type expression, plus what only the top level accepts (the bare {@code list}
     * and {@code map} of Terraform 0.11, meaning a list or map of anything) or explains (a quoted type).
     */
    TypeConstraint variableType(Expression e) throws InvalidTypeException {
        Expression type = unwrap(e);
        String keyword = keyword(type);
        if ("list".equals(keyword)) {
            return new TypeConstraint.Collection(TypeConstraint.CollectionKind.LIST, TypeConstraint.ANY);
        }
        if ("map".equals(keyword)) {
            return new TypeConstraint.Collection(TypeConstraint.CollectionKind.MAP, TypeConstraint.ANY);
        }
        if (type instanceof Template t && t.literalValue() != null) {
            throw quoted(t, t.literalValue());
        }
        return type(type);
    }

    private static InvalidTypeException quoted(Template t, String text) {
        if (text.equals("string") || text.equals("list") || text.equals("map")) {
            return new InvalidTypeException(t.range(), "Invalid quoted type constraints: Terraform 0.11 and earlier"
                    + " required type constraints to be given in quotes, but that form is now deprecated and will"
                    + " be removed in a future version of Terraform. Remove the quotes around \"" + text + "\".");
        }
        return new InvalidTypeException(t.range(), "Invalid legacy variable type hint: To provide a full type"
                + " expression, remove the surrounding quotes and give the type expression directly.");
    }

    private TypeConstraint type(Expression e) throws InvalidTypeException {
        Expression type = unwrap(e);
        String keyword = keyword(type);
        if (keyword != null) {
            return keywordType(type, keyword);
        }
        if (!(type instanceof FunctionCall call)) {
            throw new InvalidTypeException(type.range(), NOT_A_TYPE);
        }
        switch (call.name()) {
            case "bool", "string", "number" -> throw new InvalidTypeException(call.range(),
                    INVALID + "Primitive type keyword \"" + call.name() + "\" does not expect arguments.");
            case "any" -> throw new InvalidTypeException(call.range(),
                    INVALID + "Type constraint keyword \"any\" does not expect arguments.");
            case "list", "set", "map" -> {
                return collection(call);
            }
            case "object" -> {
                return object(call);
            }
            case "tuple" -> {
                return tuple(call);
            }
            case "optional" -> throw new InvalidTypeException(call.range(), INVALID
                    + "Keyword \"optional\" is valid only as a modifier for object type attributes.");
            default -> throw new InvalidTypeException(call.nameRange(),
                    INVALID + "Keyword \"" + call.name() + "\" is not a valid type constructor.");
        }
    }

    private static TypeConstraint keywordType(Expression e, String keyword) throws InvalidTypeException {
        switch (keyword) {
            case "string" -> {
                return TypeConstraint.Primitive.STRING;
            }
            case "number" -> {
                return TypeConstraint.Primitive.NUMBER;
            }
            case "bool" -> {
                return TypeConstraint.Primitive.BOOL;
            }
            case "any" -> {
                return TypeConstraint.ANY;
            }
            case "list", "set", "map" -> throw new InvalidTypeException(e.range(), INVALID + "The " + keyword
                    + " type constructor requires one argument specifying the element type.");
            case "object" -> throw new InvalidTypeException(e.range(), INVALID + "The object type constructor"
                    + " requires one argument specifying the attribute types as a map.");
            case "tuple" -> throw new InvalidTypeException(e.range(), INVALID + "The tuple type constructor"
                    + " requires one argument specifying the element types as a list.");
            default -> throw new InvalidTypeException(e.range(),
                    INVALID + "The keyword \"" + keyword + "\" is not a valid type specification.");
        }
    }

    private TypeConstraint collection(FunctionCall call) throws InvalidTypeException {
        if (call.args().size() != 1) {
            throw new InvalidTypeException(call.range(), INVALID + "The " + call.name()
                    + " type constructor requires one argument specifying the element type.");
        }
        TypeConstraint element = type(call.args().get(0));
        return new TypeConstraint.Collection(
                TypeConstraint.CollectionKind.valueOf(call.name().toUpperCase(java.util.Locale.ROOT)), element);
    }

    private TypeConstraint tuple(FunctionCall call) throws InvalidTypeException {
        if (call.args().size() != 1 || !(unwrap(call.args().get(0)) instanceof Expression.Tuple list)) {
            throw new InvalidTypeException(call.range(),
                    INVALID + "Tuple type constructor requires a list of element types.");
        }
        List<TypeConstraint> elements = new ArrayList<>(list.elements().size());
        for (Expression element : list.elements()) {
            elements.add(type(element));
        }
        return new TypeConstraint.Tuple(elements);
    }

    private TypeConstraint object(FunctionCall call) throws InvalidTypeException {
        if (call.args().size() != 1 || !(unwrap(call.args().get(0)) instanceof ObjectCons cons)) {
            throw new InvalidTypeException(call.range(), INVALID + "Object type constructor requires a map whose"
                    + " keys are attribute names and whose values are the corresponding attribute types.");
        }
        Map<String, TypeConstraint.Attribute> attributes = new LinkedHashMap<>();
        for (ObjectItem item : cons.items()) {
            if (!(item.key() instanceof Variable name)) {
                throw new InvalidTypeException(item.key().range(),
                        INVALID + "Object constructor map keys must be attribute names.");
            }
            if (attributes.containsKey(name.name())) {
                throw new InvalidTypeException(item.key().range(),
                        INVALID + "Object constructor map keys must be unique.");
            }
            attributes.put(name.name(), attribute(item.value()));
        }
        return new TypeConstraint.ObjectType(attributes);
    }

    private TypeConstraint.Attribute attribute(Expression e) throws InvalidTypeException {
        Expression value = unwrap(e);
        if (!(value instanceof FunctionCall call) || !call.name().equals("optional")) {
            return TypeConstraint.Attribute.required(type(value));
        }
        if (call.args().isEmpty()) {
            throw new InvalidTypeException(call.range(),
                    INVALID + "Optional attribute modifier requires the attribute type as its argument.");
        }
        if (call.args().size() > 2) {
            throw new InvalidTypeException(call.range(), INVALID + "Optional attribute modifier expects at most"
                    + " two arguments: the attribute type, and a default value.");
        }
        TypeConstraint type = type(call.args().get(0));
        if (call.args().size() == 1) {
            return new TypeConstraint.Attribute(type, true, null);
        }
        Value given = constant(call.args().get(1));
        if (given instanceof Value.Null) {
            return new TypeConstraint.Attribute(type, true, null);
        }
        try {
            return new TypeConstraint.Attribute(type, true, type.convert(given));
        } catch (TypeConversionException e2) {
            throw new InvalidTypeException(call.args().get(1).range(), "Invalid default value for optional"
                    + " attribute: This default value is not compatible with the attribute's type constraint: "
                    + e2.getMessage() + ".");
        }
    }

    /** A default, which Terraform evaluates with no variables at all. */
    private Value constant(Expression e) throws InvalidTypeException {
        if (!References.of(e).isEmpty()) {
            throw new InvalidTypeException(e.range(), "Variables not allowed: Variables may not be used here.");
        }
        Evaluator evaluator = new Evaluator(Scope.EMPTY, source, CONSTANTS_DIR);
        Value value = evaluator.evaluate(e);
        List<EvalProblem> problems = evaluator.problems();
        if (!problems.isEmpty()) {
            throw new InvalidTypeException(problems.get(0).range(),
                    "Invalid default value for optional attribute: " + problems.get(0).message());
        }
        return value;
    }

    /** A bare name ({@code string}, {@code list}), else null. */
    private static String keyword(Expression e) {
        return e instanceof Variable v ? v.name() : null;
    }

    private static Expression unwrap(Expression e) {
        Expression inner = e;
        while (inner instanceof Parens p) {
            inner = p.inner();
        }
        return inner;
    }
}
