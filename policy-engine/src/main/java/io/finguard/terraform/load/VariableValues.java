package io.finguard.terraform.load;

import io.finguard.hcl.Block;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.Value;
import io.finguard.terraform.types.TypeConversionException;
import io.finguard.terraform.types.VariableConstraint;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The value of a {@code variable} in one module instance, as Terraform decides it (see {@link VariableConstraint}):
 * what the caller sets (a module argument, or for a root module tfvars and {@code --var}), else the default, else
 * unknown; converted to the declared type with its {@code optional()} defaults. A declaration is read once per
 * load, and what is wrong in it reported once; a value that does not convert is one error at the argument that
 * supplies it, and unknown.
 */
final class VariableValues {

    /** What a caller sets for a variable, and where: the argument of a {@code module} block, or a root's input. */
    record Given(Value value, String file, int line) {
    }

    private final LoadSession session;
    private final Map<Block, VariableConstraint> constraints = new IdentityHashMap<>();

    VariableValues(LoadSession session) {
        this.session = session;
    }

    /**
     * @param given what the caller sets, or null when it does not set the variable
     */
    Value resolve(SyntaxRef decl, Given given, ModuleInstance instance) {
        VariableConstraint constraint = constraint(decl);
        try {
            return constraint.value(given == null ? null : given.value());
        } catch (TypeConversionException e) {
            instance.error(given.file(), given.line(), e.getMessage());
            return new Value.Unknown("var." + constraint.name());
        }
    }

    private VariableConstraint constraint(SyntaxRef decl) {
        return constraints.computeIfAbsent(decl.block(), block -> {
            VariableConstraint c = VariableConstraint.of(block, decl.config().source());
            c.problems().forEach(p -> session.evaluationError(decl.file(),
                    p.range() == null ? 0 : p.range().startLine(), p.message()));
            return c;
        });
    }
}
