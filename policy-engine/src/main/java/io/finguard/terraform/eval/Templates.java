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

    static Value evaluate(List<TemplatePart> parts, Scope scope, ScopedEvaluation evaluator, EvalBudget budget) {
        // "${x}" alone is x itself, not its string form: a number or a map passes through unchanged
        if (parts.size() == 1 && parts.get(0) instanceof Interpolation only) {
            return evaluator.eval(only.expression(), scope);
        }
        // A plain string, the commonest template by far, is its literal: the same checks and steps as rendering
        // it, without a builder and a copy of the text for each one
        if (parts.size() == 1 && parts.get(0) instanceof Literal only) {
            EvalBudget.checkLength(only.value().length());
            budget.chargeBuilt(1, only.value().length());
            return new Str(only.value());
        }
        Renderer renderer = new Renderer(evaluator, budget, new StringBuilder());
        renderer.render(parts, scope);
        return new Str(renderer.out().toString());
    }

    /** Renders into one builder, checking its length after every piece: a template for-loop may repeat a lot. */
    private record Renderer(ScopedEvaluation evaluator, EvalBudget budget, StringBuilder out) {

        void render(List<TemplatePart> parts, Scope scope) {
            for (TemplatePart part : parts) {
                if (part instanceof Literal l) {
                    append(l.value());
                } else if (part instanceof Interpolation i) {
                    append(interpolate(evaluator.eval(i.expression(), scope)));
                } else if (part instanceof If i) {
                    Value c = Conversions.known(evaluator.eval(i.condition(), scope));
                    if (c instanceof Null) {
                        throw new EvalError("the condition of a template if directive is null");
                    }
                    render(Conversions.toBool(c) ? i.thenParts() : i.elseParts(), scope);
                } else if (part instanceof TemplatePart.For f) {
                    for (Iteration.Item item : Iteration.items(evaluator.eval(f.collection(), scope))) {
                        render(f.body(), scope.child(f.keyVar(), item.key(), f.valueVar(), item.value()));
                    }
                }
            }
        }

        private void append(String piece) {
            out.append(piece);
            EvalBudget.checkLength(out.length());
            budget.chargeBuilt(1, piece.length());
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
