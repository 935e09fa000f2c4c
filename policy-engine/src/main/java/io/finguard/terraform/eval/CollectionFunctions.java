package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Bool;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Num;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;
import io.finguard.terraform.Value.Str;
import io.finguard.terraform.Value.Unknown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Functions over lists, tuples and sets. They look only at what they need: {@code length([var.x])} is known,
 * {@code sort([var.x])} is not.
 */
final class CollectionFunctions {

    /** Terraform refuses to build larger ranges, to protect against runaway configurations. */
    private static final int MAX_RANGE = 1024;

    private CollectionFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("length", 1, CollectionFunctions::length);
        t.add("concat", 0, FunctionSpec.VARIADIC, CollectionFunctions::concat);
        t.add("coalesce", 1, FunctionSpec.VARIADIC, CollectionFunctions::coalesce);
        t.add("coalescelist", 1, FunctionSpec.VARIADIC, CollectionFunctions::coalescelist);
        t.add("contains", 2, a -> Bool.of(Equality.contains(a.seq(0).elements(), a.raw(1))));
        t.add("element", 2, CollectionFunctions::element);
        t.add("index", 2, CollectionFunctions::index);
        t.add("flatten", 1, a -> new Seq(flatten(a.seq(0), new ArrayList<>()), SeqKind.TUPLE));
        t.add("distinct", 1, a -> new Seq(distinct(a.seq(0).elements(), a.budget()), SeqKind.LIST));
        t.add("slice", 3, CollectionFunctions::slice);
        t.add("range", 1, 3, CollectionFunctions::range);
        t.add("reverse", 1, CollectionFunctions::reverse);
        t.add("sort", 1, CollectionFunctions::sort);
        t.add("compact", 1, CollectionFunctions::compact);
        t.add("one", 1, CollectionFunctions::one);
        t.add("sum", 1, CollectionFunctions::sum);
        t.add("chunklist", 2, CollectionFunctions::chunklist);
        t.add("alltrue", 1, a -> allOrAny(a.seq(0), false));
        t.add("anytrue", 1, a -> allOrAny(a.seq(0), true));
    }

    private static Value length(Args a) {
        Value v = a.known(0);
        if (v instanceof Seq s) {
            if (s.kind() == SeqKind.SET && s.containsUnknown()) {
                // unknown elements of a set may turn out to be duplicates
                throw new UnknownOperand();
            }
            return Num.of(s.elements().size());
        }
        if (v instanceof Obj o) {
            return Num.of(o.entries().size());
        }
        if (v instanceof Str s) {
            return Num.of(s.value().codePointCount(0, s.value().length()));
        }
        if (v instanceof Null) {
            throw new EvalError("cannot take the length of a null value");
        }
        throw new EvalError("cannot take the length of a " + Conversions.typeName(v));
    }

    private static Value concat(Args a) {
        List<Value> out = new ArrayList<>();
        boolean allLists = a.size() > 0;
        for (int i = 0; i < a.size(); i++) {
            Seq s = a.seq(i);
            allLists &= s.kind() == SeqKind.LIST;
            out.addAll(s.elements());
            EvalBudget.checkSize(out.size());
        }
        return new Seq(out, allLists ? SeqKind.LIST : SeqKind.TUPLE);
    }

    /**
     * The first argument that is neither null nor an empty string. An unknown before the first such argument
     * makes the result unknown. Mixed strings and numbers or bools come back as a string, as Terraform unifies them.
     */
    private static Value coalesce(Args a) {
        for (int i = 0; i < a.size(); i++) {
            Value v = a.known(i);
            if (v instanceof Null || (v instanceof Str s && s.value().isEmpty())) {
                continue;
            }
            boolean anyString = a.all().stream().anyMatch(x -> x instanceof Str);
            return anyString && Conversions.isPrimitive(v) ? new Str(Conversions.toStr(v)) : v;
        }
        throw new EvalError("no non-null, non-empty-string arguments");
    }

    private static Value coalescelist(Args a) {
        for (int i = 0; i < a.size(); i++) {
            Value v = a.known(i);
            if (v instanceof Null) {
                continue;
            }
            if (!a.seq(i).elements().isEmpty()) {
                return v;
            }
        }
        throw new EvalError("no non-null, non-empty list arguments");
    }

    /** The index wraps around the list, as Terraform's element does; a negative index is an error. */
    private static Value element(Args a) {
        Seq s = a.seq(0);
        if (s.kind() == SeqKind.SET) {
            throw new EvalError("cannot use element on a set; convert it with tolist()");
        }
        int index = a.integer(1);
        if (index < 0) {
            throw new EvalError("cannot use element with a negative index");
        }
        if (s.elements().isEmpty()) {
            throw new EvalError("cannot use element on an empty list");
        }
        return s.elements().get(index % s.elements().size());
    }

    private static Value index(Args a) {
        int i = Equality.indexOf(a.seq(0).elements(), a.raw(1));
        if (i < 0) {
            throw new EvalError("item not found");
        }
        return Num.of(i);
    }

    /** Nested lists are flattened to any depth; a nested unknown list hides how many elements there are. */
    private static List<Value> flatten(Seq s, List<Value> out) {
        for (Value element : s.elements()) {
            if (element instanceof Unknown) {
                throw new UnknownOperand();
            }
            if (element instanceof Seq nested) {
                flatten(nested, out);
            } else {
                out.add(element);
                // a list may hold the same nested list many times over: the result can outgrow its input
                EvalBudget.checkSize(out.size());
            }
        }
        return out;
    }

    /** Quadratic, as equality here is Terraform's and not Java's: it takes its comparisons from the budget. */
    static List<Value> distinct(List<Value> elements, EvalBudget budget) {
        List<Value> out = new ArrayList<>();
        for (Value element : elements) {
            budget.charge(out.size() + 1L);
            if (Equality.indexOf(out, element) < 0) {
                out.add(element);
            }
        }
        return out;
    }

    private static Value slice(Args a) {
        Seq s = a.seq(0);
        int start = a.integer(1);
        int end = a.integer(2);
        int size = s.elements().size();
        if (start < 0 || end > size || start > end) {
            throw new EvalError("slice bounds [" + start + ":" + end + "] are invalid for a list of " + size
                    + " elements");
        }
        return new Seq(new ArrayList<>(s.elements().subList(start, end)),
                s.kind() == SeqKind.TUPLE ? SeqKind.TUPLE : SeqKind.LIST);
    }

    private static Value range(Args a) {
        BigDecimal start = a.size() == 1 ? BigDecimal.ZERO : a.num(0);
        BigDecimal limit = a.size() == 1 ? a.num(0) : a.num(1);
        BigDecimal step = a.size() == 3 ? a.num(2)
                : BigDecimal.valueOf(start.compareTo(limit) > 0 ? -1 : 1);
        if (step.signum() == 0) {
            throw new EvalError("the step size cannot be zero");
        }
        if ((step.signum() > 0 && start.compareTo(limit) > 0) || (step.signum() < 0 && start.compareTo(limit) < 0)) {
            throw new EvalError("the step size must " + (step.signum() > 0 ? "be negative" : "be positive")
                    + " when the start is " + (step.signum() > 0 ? "greater" : "less") + " than the limit");
        }
        List<Value> out = new ArrayList<>();
        for (BigDecimal n = start; step.signum() > 0 ? n.compareTo(limit) < 0 : n.compareTo(limit) > 0;
             n = n.add(step)) {
            if (out.size() == MAX_RANGE) {
                throw new EvalError("more than " + MAX_RANGE + " values were generated; use a smaller range");
            }
            out.add(new Num(n));
        }
        return new Seq(out, SeqKind.LIST);
    }

    private static Value reverse(Args a) {
        Seq s = a.seq(0);
        if (s.kind() == SeqKind.SET) {
            throw new EvalError("cannot reverse a set, since its elements have no order");
        }
        List<Value> out = new ArrayList<>(s.elements());
        Collections.reverse(out);
        return new Seq(out, s.kind());
    }

    /** Lexicographic order of the string forms, as Terraform's sort (numbers are sorted as strings too). */
    private static Value sort(Args a) {
        List<String> strings = new ArrayList<>();
        for (Value element : a.seq(0).elements()) {
            if (Conversions.known(element) instanceof Null) {
                throw new EvalError("cannot sort a list with null elements");
            }
            strings.add(Conversions.toStr(element));
        }
        strings.sort(Conversions::compareKeys);
        List<Value> out = new ArrayList<>(strings.size());
        strings.forEach(s -> out.add(new Str(s)));
        return new Seq(out, SeqKind.LIST);
    }

    private static Value compact(Args a) {
        List<Value> out = new ArrayList<>();
        for (Value element : a.seq(0).elements()) {
            Value v = Conversions.known(element);
            if (v instanceof Null) {
                continue;
            }
            String s = Conversions.toStr(v);
            if (!s.isEmpty()) {
                out.add(new Str(s));
            }
        }
        return new Seq(out, SeqKind.LIST);
    }

    private static Value one(Args a) {
        Seq s = a.seq(0);
        if (s.kind() == SeqKind.SET && s.containsUnknown()) {
            throw new UnknownOperand();
        }
        return switch (s.elements().size()) {
            case 0 -> Value.NULL;
            case 1 -> s.elements().get(0);
            default -> throw new EvalError("must be a list, set, or tuple value with either zero or one elements,"
                    + " got " + s.elements().size());
        };
    }

    private static Value sum(Args a) {
        List<Value> elements = a.seq(0).elements();
        if (elements.isEmpty()) {
            throw new EvalError("cannot sum an empty list");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Value element : elements) {
            total = total.add(Conversions.toNum(element));
        }
        return new Num(total);
    }

    private static Value chunklist(Args a) {
        List<Value> elements = a.seq(0).elements();
        int size = a.integer(1);
        if (size < 0) {
            throw new EvalError("the chunk size must not be negative");
        }
        List<Value> chunks = new ArrayList<>();
        if (size == 0) {
            // Terraform returns the whole list as the only chunk
            chunks.add(new Seq(elements, SeqKind.LIST));
            return new Seq(chunks, SeqKind.LIST);
        }
        for (int i = 0; i < elements.size(); i += size) {
            chunks.add(new Seq(new ArrayList<>(elements.subList(i, Math.min(elements.size(), i + size))),
                    SeqKind.LIST));
        }
        return new Seq(chunks, SeqKind.LIST);
    }

    /** A known deciding element decides even when others are unknown. */
    private static Value allOrAny(Seq s, boolean decider) {
        boolean unknown = false;
        for (Value element : s.elements()) {
            if (element instanceof Unknown) {
                unknown = true;
                continue;
            }
            if (element instanceof Null) {
                throw new EvalError("the list must not contain null");
            }
            if (Conversions.toBool(element) == decider) {
                return Bool.of(decider);
            }
        }
        if (unknown) {
            throw new UnknownOperand();
        }
        return Bool.of(!decider);
    }
}
