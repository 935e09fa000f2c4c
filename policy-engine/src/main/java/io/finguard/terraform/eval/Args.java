package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.Seq;

import java.math.BigDecimal;
import java.util.List;

/**
 * The evaluated arguments of one call, with typed accessors that apply Terraform's conversions. An accessor
 * raises {@link UnknownOperand} for an unknown argument, so a function touches unknowns only where it must.
 */
final class Args {

    private final List<Value> values;
    private final FunctionContext context;

    Args(List<Value> values, FunctionContext context) {
        this.values = List.copyOf(values);
        this.context = context;
    }

    int size() {
        return values.size();
    }

    /** The argument as given, possibly unknown. */
    Value raw(int i) {
        return values.get(i);
    }

    List<Value> all() {
        return values;
    }

    Value known(int i) {
        return Conversions.known(values.get(i));
    }

    String str(int i) {
        return Conversions.toStr(values.get(i));
    }

    BigDecimal num(int i) {
        return Conversions.toNum(values.get(i));
    }

    int integer(int i) {
        return Conversions.toInt(values.get(i));
    }

    boolean bool(int i) {
        return Conversions.toBool(values.get(i));
    }

    Seq seq(int i) {
        return Conversions.toSeq(values.get(i));
    }

    Obj obj(int i) {
        return Conversions.toObj(values.get(i));
    }

    EvalBudget budget() {
        return context.budget();
    }

    FunctionContext context() {
        return context;
    }
}
