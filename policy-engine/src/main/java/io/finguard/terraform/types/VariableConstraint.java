package io.finguard.terraform.types;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.Range;
import io.finguard.hcl.SourceFile;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.EvalProblem;
import io.finguard.terraform.eval.Evaluator;
import io.finguard.terraform.eval.Scope;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@code variable} block declares about the value a module sees: its type, its default (converted to the
 * type) and whether it may be null; {@link #value} turns what a caller gives into that value as Terraform does.
 * <p>
 * Read once per module, used for every instance. A declaration Terraform would refuse (a type that is not one, a
 * default that does not convert) is listed in {@link #problems()}, reported once, and the variable then stays
 * usable: its type is {@code any}, its bad default unknown.
 */
public final class VariableConstraint {

    // One instance: the evaluator caches the normalised form of the last directory it was given by identity, and
    // a fresh Path.of(".") per default made every declaration pay toAbsolutePath().normalize() (JFR).
    private static final Path CONSTANTS_DIR = Path.of(".");

    private final String name;
    private final String declaredAt;
    private final TypeConstraint type;
    private final boolean nullable;
    /** Null when the variable has no default, that is when it is required. */
    private final Value defaultValue;
    private final List<EvalProblem> problems;

    private VariableConstraint(String name, String declaredAt, TypeConstraint type, boolean nullable,
                               Value defaultValue, List<EvalProblem> problems) {
        this.name = name;
        this.declaredAt = declaredAt;
        this.type = type;
        this.nullable = nullable;
        this.defaultValue = defaultValue;
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads {@code variable "name" { type = ..., default = ..., nullable = ... }}: a default is evaluated with no
     * names in scope, as Terraform does.
     *
     * @param source the file of the block: messages name it and its line
     */
    public static VariableConstraint of(Block variable, SourceFile source) {
        String name = variable.labelValues().isEmpty() ? "" : variable.labelValues().get(0);
        List<EvalProblem> problems = new ArrayList<>();
        TypeConstraint type = TypeConstraint.ANY;
        Attribute typeAttribute = variable.body().attribute("type");
        if (typeAttribute != null) {
            try {
                type = TypeConstraint.parse(typeAttribute.value(), source);
            } catch (InvalidTypeException e) {
                problems.add(new EvalProblem(e.range(), e.getMessage()));
            }
        }
        boolean nullable = nullable(variable.body().attribute("nullable"), source, problems);
        Value defaultValue = defaultValue(name, variable.body().attribute("default"), type, nullable, source,
                problems);
        String declaredAt = source.name() + ":" + variable.range().startLine();
        return new VariableConstraint(name, declaredAt, type, nullable, defaultValue, problems);
    }

    private static boolean nullable(Attribute attribute, SourceFile source, List<EvalProblem> problems) {
        if (attribute == null) {
            return true;
        }
        Value given = constant(attribute, source, problems);
        try {
            Value converted = TypeConstraint.Primitive.BOOL.convert(given);
            if (converted instanceof Value.Bool b) {
                return b.value();
            }
        } catch (TypeConversionException e) {
            problems.add(new EvalProblem(attribute.value().range(), "Unsuitable value type: Unsuitable value: " + e.getMessage()));
        }
        return true;
    }

    private static Value defaultValue(String name, Attribute attribute, TypeConstraint type, boolean nullable,
                                      SourceFile source, List<EvalProblem> problems) {
        if (attribute == null) {
            return null;
        }
        Value given = constant(attribute, source, problems);
        Range where = attribute.value().range();
        if (given instanceof Value.Null && !nullable) {
            problems.add(new EvalProblem(where,
                    "Invalid default value for variable: A null default value is not valid when nullable=false."));
            return new Value.Unknown("var." + name);
        }
        try {
            return type.convert(given);
        } catch (TypeConversionException e) {
            problems.add(new EvalProblem(where, "Invalid default value for variable: This default value is not"
                    + " compatible with the variable's type constraint: " + e.getMessage() + "."));
            return new Value.Unknown("var." + name);
        }
    }

    private static Value constant(Attribute attribute, SourceFile source, List<EvalProblem> problems) {
        Evaluator evaluator = new Evaluator(Scope.EMPTY, source, CONSTANTS_DIR);
        Value value = evaluator.evaluate(attribute.value());
        problems.addAll(evaluator.problems());
        return value;
    }

    /**
     * The value the module sees for what a caller gives ({@code null}: nothing, neither argument nor tfvars nor
     * {@code -var}): the default when nothing is given, else the given value converted to the type; a null
     * stays null unless {@code nullable = false}, which takes the default instead. A variable with neither a
     * value nor a default is unknown ({@code var.name}), since finguard checks code without every input.
     *
     * @throws TypeConversionException when the given value does not convert, or is null where it may not be;
     *                                 the message names the variable and where it is declared, as Terraform's
     */
    public Value value(Value given) throws TypeConversionException {
        if (given == null) {
            return defaultValue != null ? defaultValue : new Value.Unknown("var." + name);
        }
        Value converted;
        try {
            converted = type.convert(given);
        } catch (TypeConversionException e) {
            throw unsuitable(e.getMessage());
        }
        if (converted instanceof Value.Null && !nullable) {
            if (defaultValue == null) {
                throw unsuitable("required variable may not be set to null");
            }
            return defaultValue;
        }
        return converted;
    }

    private TypeConversionException unsuitable(String reason) {
        return new TypeConversionException("The given value is not suitable for var." + name + " declared at "
                + declaredAt + ": " + reason);
    }

    public String name() {
        return name;
    }

    public TypeConstraint type() {
        return type;
    }

    public boolean nullable() {
        return nullable;
    }

    /** True when the variable has no default: a caller must set it. */
    public boolean required() {
        return defaultValue == null;
    }

    /** The default converted to the type, unknown when it is invalid, null when there is none. */
    public Value defaultValue() {
        return defaultValue;
    }

    /** What is wrong in the declaration itself, in the order found: report them once per module. */
    public List<EvalProblem> problems() {
        return problems;
    }
}
