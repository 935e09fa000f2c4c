package io.finguard.terraform.eval;

import io.finguard.hcl.TemplatePart;
import io.finguard.hcl.TemplatePart.If;
import io.finguard.hcl.TemplatePart.Interpolation;
import io.finguard.hcl.TemplatePart.Literal;
import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.Str;

import java.util.List;

/**
 * String templates: literals, {@code ${}} interpolations and {@code %{if}}/{@code %{for}} directives. Strip
 * markers are already applied to the literals by the parser. Any unknown part makes the whole template unknown.
 */
final class Templates {

    private Templates() {
    }

    static Value evaluate(List<TemplatePart> parts, Scope scope, ScopedEvaluation evaluator) {
        // "${x}" alone is x itself, not its string form: a number or a map passes through unchanged
        if (parts.size() == 1 && parts.get(0) instanceof Interpolation only) {
            return evaluator.eval(only.expression(), scope);
        }
        StringBuilder out = new StringBuilder();
        render(parts, scope, evaluator, out);
        return new Str(out.toString());
    }

    private static void render(List<TemplatePart> parts, Scope scope, ScopedEvaluation evaluator,
                               StringBuilder out) {
        for (TemplatePart part : parts) {
            if (part instanceof Literal l) {
                out.append(l.value());
            } else if (part instanceof Interpolation i) {
                out.append(interpolate(evaluator.eval(i.expression(), scope)));
            } else if (part instanceof If i) {
                Value c = Conversions.known(evaluator.eval(i.condition(), scope));
                if (c instanceof Null) {
                    throw new EvalError("the condition of a template if directive is null");
                }
                render(Conversions.toBool(c) ? i.thenParts() : i.elseParts(), scope, evaluator, out);
            } else if (part instanceof TemplatePart.For f) {
                for (Iteration.Item item : Iteration.items(evaluator.eval(f.collection(), scope))) {
                    render(f.body(), scope.child(f.keyVar(), item.key(), f.valueVar(), item.value()), evaluator, out);
                }
            }
        }
    }

    private static String interpolate(Value value) {
        Value v = Conversions.known(value);
        if (v instanceof Null) {
            throw new EvalError("invalid template interpolation value: the expression result is null");
        }
        if (v instanceof Seq || v instanceof Obj) {
            throw new EvalError("cannot include " + Conversions.withArticle(Conversions.typeName(v)) + " in a string template;"
                    + " a string is required");
        }
        return Conversions.toStr(v);
    }
}
