package io.finguard.rego.eval;

import io.finguard.rego.RegoException;
import io.finguard.rego.ast.Expr;
import io.finguard.rego.ast.Location;
import io.finguard.rego.ast.Rule;
import io.finguard.rego.ast.Term;
import io.finguard.rego.builtins.BuiltinDef;
import io.finguard.rego.builtins.BuiltinError;
import io.finguard.rego.builtins.Registry;
import io.finguard.rego.value.ArrayValue;
import io.finguard.rego.value.BoolValue;
import io.finguard.rego.value.NumberValue;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.SetValue;
import io.finguard.rego.value.StringValue;
import io.finguard.rego.value.Value;
import io.finguard.rego.value.Values;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Top-down evaluation with backtracking, in continuation-passing style: every construct that can succeed several
 * times (iteration over a reference with variables, {@code some x in}, partial rules, unification) calls its
 * continuation once per solution, with the variables bound for the duration of the call. Undefined is simply
 * "the continuation is never called"; false is a value that fails an expression.
 */
public final class Evaluator {
    /** A continuation without a value. */
    @FunctionalInterface
    interface K {
        void run();
    }

    /** A continuation receiving a value. */
    @FunctionalInterface
    interface VK {
        void accept(Value v);
    }

    /** Stops an enumeration once one solution is enough ({@code not}, {@code every}). */
    private static final class Found extends RuntimeException {
        Found() {
            super(null, null, false, false);
        }
    }

    private static final Value UNDEFINED = StringValue.of("$undefined");

    private final RuleNode root;
    private final Registry builtins;
    private final boolean strictBuiltinErrors;
    private final long maxSteps;
    private final Deque<RuleNode> active = new ArrayDeque<>();
    private final Set<RuleNode> inProgress = new HashSet<>();
    private Context ctx;
    private long steps;

    public Evaluator(RuleNode root, Registry builtins, Value input, Value data, boolean strictBuiltinErrors,
                     long maxSteps) {
        this.root = root;
        this.builtins = builtins;
        this.strictBuiltinErrors = strictBuiltinErrors;
        this.maxSteps = maxSteps;
        this.ctx = new Context(input, data, List.of(), Map.of());
    }

    /** One solution of a query: the values of its expressions and the bindings of its named variables. */
    public record Solution(List<Value> expressions, Map<String, Value> bindings) {
    }

    /** Runs a compiled query and returns every solution. */
    public List<Solution> query(List<Expr> body, int exprCount, java.util.function.ToIntFunction<Expr> position) {
        List<Solution> out = new ArrayList<>();
        Frame f = new Frame();
        Value[] values = new Value[exprCount];
        evalBody(body, 0, f, (e, v) -> values[position.applyAsInt(e)] = v, () -> {
            Map<String, Value> bindings = new TreeMap<>();
            f.snapshot().forEach((k, v) -> {
                if (!k.contains("$")) {
                    bindings.put(k, v);
                }
            });
            out.add(new Solution(Arrays.asList(values.clone()), bindings));
        });
        return out;
    }

    /** Records an expression's value (queries report them). */
    @FunctionalInterface
    interface Recorder {
        void record(Expr e, Value v);
    }

    // ---- bodies and expressions ----

    private void evalBody(List<Expr> body, int i, Frame f, Recorder rec, K k) {
        // Every expression tried and every solution found is a step: the limit bounds both deep and wide work.
        step(body.get(Math.min(i, body.size() - 1)).loc());
        if (i == body.size()) {
            k.run();
            return;
        }
        Expr e = body.get(i);
        evalExpr(e, f, v -> {
            if (rec != null) {
                rec.record(e, v);
            }
            evalBody(body, i + 1, f, rec, k);
        });
    }

    private void step(Location loc) {
        if (++steps > maxSteps) {
            RuleNode rule = active.peek();
            throw new RegoException(RegoException.STEP_LIMIT, "evaluation exceeded the limit of " + maxSteps
                    + " steps" + (rule == null ? "" : " in rule " + rule.name()), loc);
        }
    }

    private void evalExpr(Expr e, Frame f, VK k) {
        if (e.withs().isEmpty()) {
            evalExprInner(e, f, k);
            return;
        }
        evalWithValues(e, 0, new Value[e.withs().size()], f, k);
    }

    private void evalExprInner(Expr e, Frame f, VK k) {
        if (e instanceof Expr.SomeDecl) {
            k.accept(BoolValue.TRUE);
        } else if (e.negated()) {
            if (!exists(found -> evalPositive(e, f, v -> found.run()))) {
                k.accept(BoolValue.TRUE);
            }
        } else {
            evalPositive(e, f, k);
        }
    }

    private void evalPositive(Expr e, Frame f, VK k) {
        if (e instanceof Expr.Every ev) {
            evalEvery(ev, f, k);
        } else {
            evalTermExpr(((Expr.TermExpr) e).term(), f, k);
        }
    }

    /** Whether the body given the "found" continuation calls it at least once; stops at the first time. */
    private boolean exists(java.util.function.Consumer<K> body) {
        Found token = new Found();
        try {
            body.accept(() -> {
                throw token;
            });
        } catch (Found f) {
            if (f == token) {
                return true;
            }
            throw f;
        }
        return false;
    }

    private void evalEvery(Expr.Every ev, Frame f, VK k) {
        evalTerm(ev.domain(), f, domain -> {
            List<Value[]> elems = elements(domain);
            for (Value[] kv : elems) {
                boolean ok = exists(found -> bindOptional(ev.key(), kv[0], f, () ->
                        f.bind(ev.value().name(), kv[1], () -> evalBody(ev.body(), 0, f, null, found))));
                if (!ok) {
                    return;
                }
            }
            k.accept(BoolValue.TRUE);
        });
    }

    private void bindOptional(Term.Var var, Value v, Frame f, K k) {
        if (var == null) {
            k.run();
        } else {
            f.bind(var.name(), v, k);
        }
    }

    /** The (key, value) pairs of a collection: indexes of arrays, keys of objects, elements (twice) of sets. */
    private static List<Value[]> elements(Value v) {
        List<Value[]> out = new ArrayList<>();
        if (v instanceof ArrayValue a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Value[] {NumberValue.of(i), a.get(i)});
            }
        } else if (v instanceof ObjectValue o) {
            o.entries().forEach((key, val) -> out.add(new Value[] {key, val}));
        } else if (v instanceof SetValue s) {
            s.items().forEach(x -> out.add(new Value[] {x, x}));
        }
        return out;
    }

    private void evalTermExpr(Term t, Frame f, VK k) {
        if (t instanceof Term.Call c) {
            switch (c.name()) {
                case "eq", "assign" -> {
                    unify(c.args().get(0), c.args().get(1), f, () -> k.accept(BoolValue.TRUE));
                    return;
                }
                case "internal.member_2", "internal.member_3" -> {
                    List<Term> args = c.args();
                    boolean pattern = false;
                    for (int i = 0; i < args.size() - 1; i++) {
                        pattern |= isPattern(args.get(i), f);
                    }
                    if (pattern) {
                        member(args.size() == 3 ? args.get(0) : null, args.get(args.size() - 2),
                                args.get(args.size() - 1), f, k);
                        return;
                    }
                }
                default -> {
                }
            }
            call(c, f, true, v -> {
                if (!Values.isFalse(v)) {
                    k.accept(v);
                }
            });
            return;
        }
        evalTerm(t, f, v -> {
            if (!Values.isFalse(v)) {
                k.accept(v);
            }
        });
    }

    private void member(Term keyTerm, Term valueTerm, Term domain, Frame f, VK k) {
        evalTerm(domain, f, d -> {
            for (Value[] kv : elements(d)) {
                if (keyTerm == null) {
                    unifyValue(valueTerm, kv[1], f, () -> k.accept(BoolValue.TRUE));
                } else {
                    unifyValue(keyTerm, kv[0], f, () -> unifyValue(valueTerm, kv[1], f,
                            () -> k.accept(BoolValue.TRUE)));
                }
            }
        });
    }

    // ---- with ----

    private void evalWithValues(Expr e, int i, Value[] values, Frame f, VK k) {
        if (i == values.length) {
            applyWiths(e, values, f, k);
            return;
        }
        Expr.With w = e.withs().get(i);
        if (w.value() instanceof Term.FuncRef) {
            values[i] = null;
            evalWithValues(e, i + 1, values, f, k);
            return;
        }
        evalTerm(w.value(), f, v -> {
            values[i] = v;
            evalWithValues(e, i + 1, values, f, k);
        });
    }

    private void applyWiths(Expr e, Value[] values, Frame f, VK k) {
        Context saved = ctx;
        Context next = saved;
        for (int i = 0; i < values.length; i++) {
            Expr.With w = e.withs().get(i);
            Object mock = w.value() instanceof Term.FuncRef fr ? fr.name() : values[i];
            if (w.target() instanceof Term.FuncRef target) {
                next = next.withMock(target.name(), mock);
                continue;
            }
            String target = Terms.dottedName(w.target());
            List<String> path = new ArrayList<>(List.of(target.split("\\.")));
            String rootName = path.remove(0);
            if (values[i] == null) {
                throw new RegoException(RegoException.TYPE, "with keyword cannot replace " + target
                        + " by a function", w.loc());
            }
            if (rootName.equals("input")) {
                next = next.withInput(path.isEmpty() ? values[i]
                        : upsert(next.input == null ? ObjectValue.EMPTY : next.input, path, 0, values[i]));
            } else {
                next = next.withData(upsert(next.data, path, 0, values[i]), path);
            }
        }
        ctx = next;
        try {
            evalExprInner(e, f, v -> {
                Context inner = ctx;
                ctx = saved;
                try {
                    k.accept(v);
                } finally {
                    ctx = inner;
                }
            });
        } finally {
            ctx = saved;
        }
    }

    private static Value upsert(Value doc, List<String> path, int i, Value v) {
        if (i == path.size()) {
            return v;
        }
        ObjectValue obj = doc instanceof ObjectValue o ? o : ObjectValue.EMPTY;
        StringValue key = StringValue.of(path.get(i));
        Value child = obj.get(key);
        return obj.with(key, upsert(child == null ? ObjectValue.EMPTY : child, path, i + 1, v));
    }

    // ---- unification ----

    /** Whether a term has variables that unification would bind (outside references and calls). */
    private boolean isPattern(Term t, Frame f) {
        if (t instanceof Term.Var v) {
            return !Terms.isGlobal(v.name()) && !f.isBound(v.name());
        }
        if (t instanceof Term.ArrayTerm a) {
            for (Term x : a.items()) {
                if (isPattern(x, f)) {
                    return true;
                }
            }
        } else if (t instanceof Term.ObjectTerm o) {
            for (Term x : o.values()) {
                if (isPattern(x, f)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void unify(Term a, Term b, Frame f, K k) {
        if (a instanceof Term.ArrayTerm x && b instanceof Term.ArrayTerm y) {
            if (x.items().size() == y.items().size()) {
                unifyAll(x.items(), y.items(), 0, f, k);
            }
            return;
        }
        if (a instanceof Term.ObjectTerm x && b instanceof Term.ObjectTerm y && isPattern(a, f) && isPattern(b, f)) {
            unifyObjects(x, y, f, k);
            return;
        }
        if (isPattern(a, f)) {
            if (isPattern(b, f) && !(b instanceof Term.ArrayTerm || b instanceof Term.ObjectTerm)) {
                throw new RegoException(RegoException.UNSAFE_VAR, "var " + Terms.dottedName(b) + " is unsafe",
                        b.loc());
            }
            evalTerm(b, f, v -> unifyValue(a, v, f, k));
            return;
        }
        if (isPattern(b, f)) {
            evalTerm(a, f, v -> unifyValue(b, v, f, k));
            return;
        }
        evalTerm(a, f, va -> evalTerm(b, f, vb -> {
            if (va.equals(vb)) {
                k.run();
            }
        }));
    }

    /** Two object patterns unify when their (ground) keys are the same, value by value. */
    private void unifyObjects(Term.ObjectTerm a, Term.ObjectTerm b, Frame f, K k) {
        if (a.keys().size() != b.keys().size()) {
            return;
        }
        evalTerms(a.keys(), 0, new Value[a.keys().size()], f, ka -> {
            Value[] aKeys = ka.clone();
            evalTerms(b.keys(), 0, new Value[b.keys().size()], f, kb -> {
                List<Term> left = new ArrayList<>();
                List<Term> right = new ArrayList<>();
                for (int i = 0; i < aKeys.length; i++) {
                    int j = Arrays.asList(kb).indexOf(aKeys[i]);
                    if (j < 0) {
                        return;
                    }
                    left.add(a.values().get(i));
                    right.add(b.values().get(j));
                }
                unifyAll(left, right, 0, f, k);
            });
        });
    }

    private void unifyAll(List<Term> as, List<Term> bs, int i, Frame f, K k) {
        if (i == as.size()) {
            k.run();
            return;
        }
        unify(as.get(i), bs.get(i), f, () -> unifyAll(as, bs, i + 1, f, k));
    }

    /** Unifies a term with a value: binds its unbound variables, compares the rest. */
    private void unifyValue(Term t, Value v, Frame f, K k) {
        if (t instanceof Term.Var var && !Terms.isGlobal(var.name())) {
            Value bound = f.get(var.name());
            if (bound == null) {
                f.bind(var.name(), v, k);
            } else if (bound.equals(v)) {
                k.run();
            }
            return;
        }
        if (t instanceof Term.ArrayTerm a && isPattern(t, f)) {
            if (v instanceof ArrayValue av && av.size() == a.items().size()) {
                unifyItems(a.items(), av.items(), 0, f, k);
            }
            return;
        }
        if (t instanceof Term.ObjectTerm o && isPattern(t, f)) {
            if (!(v instanceof ObjectValue ov) || ov.size() != o.keys().size()) {
                return;
            }
            List<Value> targets = new ArrayList<>();
            evalTerms(o.keys(), 0, new Value[o.keys().size()], f, keys -> {
                targets.clear();
                for (Value key : keys) {
                    Value x = ov.get(key);
                    if (x == null) {
                        return;
                    }
                    targets.add(x);
                }
                unifyItems(o.values(), List.copyOf(targets), 0, f, k);
            });
            return;
        }
        evalTerm(t, f, x -> {
            if (x.equals(v)) {
                k.run();
            }
        });
    }

    private void unifyItems(List<Term> ts, List<Value> vs, int i, Frame f, K k) {
        if (i == ts.size()) {
            k.run();
            return;
        }
        unifyValue(ts.get(i), vs.get(i), f, () -> unifyItems(ts, vs, i + 1, f, k));
    }

    // ---- terms ----

    private void evalTerm(Term t, Frame f, VK k) {
        if (t instanceof Term.Scalar s) {
            k.accept(s.value());
        } else if (t instanceof Term.Var v) {
            Value bound = f.get(v.name());
            if (bound != null) {
                k.accept(bound);
            } else if (v.name().equals("input")) {
                if (ctx.input != null) {
                    k.accept(ctx.input);
                }
            } else if (v.name().equals("data")) {
                Value d = nodeValue(root);
                if (d != null) {
                    k.accept(d);
                }
            } else {
                throw new RegoException(RegoException.UNSAFE_VAR, "var " + v.name() + " is unsafe", v.loc());
            }
        } else if (t instanceof Term.Ref r) {
            evalRef(r, f, k);
        } else if (t instanceof Term.ArrayTerm a) {
            evalTerms(a.items(), 0, new Value[a.items().size()], f, vs -> k.accept(ArrayValue.of(Arrays.asList(vs))));
        } else if (t instanceof Term.SetTerm s) {
            evalTerms(s.items(), 0, new Value[s.items().size()], f, vs -> k.accept(SetValue.of(Arrays.asList(vs))));
        } else if (t instanceof Term.ObjectTerm o) {
            int n = o.keys().size();
            List<Term> all = new ArrayList<>(o.keys());
            all.addAll(o.values());
            evalTerms(all, 0, new Value[2 * n], f, vs -> {
                TreeMap<Value, Value> m = new TreeMap<>();
                for (int i = 0; i < n; i++) {
                    m.put(vs[i], vs[n + i]);
                }
                k.accept(ObjectValue.own(m));
            });
        } else if (t instanceof Term.ArrayCompr c) {
            List<Value> items = new ArrayList<>();
            evalBody(c.body(), 0, f, null, () -> evalTerm(c.head(), f, items::add));
            k.accept(ArrayValue.of(items));
        } else if (t instanceof Term.SetCompr c) {
            TreeSet<Value> items = new TreeSet<>();
            evalBody(c.body(), 0, f, null, () -> evalTerm(c.head(), f, items::add));
            k.accept(SetValue.own(items));
        } else if (t instanceof Term.ObjectCompr c) {
            TreeMap<Value, Value> m = new TreeMap<>();
            evalBody(c.body(), 0, f, null, () -> evalTerm(c.key(), f, key -> evalTerm(c.value(), f, val -> {
                Value old = m.put(key, val);
                if (old != null && !old.equals(val)) {
                    throw new RegoException(RegoException.CONFLICT, "object keys must be unique", c.loc());
                }
            })));
            k.accept(ObjectValue.own(m));
        } else if (t instanceof Term.Call c) {
            call(c, f, false, k);
        }
    }

    /** Evaluates terms left to right, once per combination of their values. */
    private void evalTerms(List<Term> ts, int i, Value[] out, Frame f, java.util.function.Consumer<Value[]> k) {
        if (i == ts.size()) {
            k.accept(out);
            return;
        }
        evalTerm(ts.get(i), f, v -> {
            out[i] = v;
            evalTerms(ts, i + 1, out, f, k);
        });
    }

    // ---- references ----

    private void evalRef(Term.Ref r, Frame f, VK k) {
        Term head = r.head();
        if (head instanceof Term.Var v && !f.isBound(v.name())) {
            if (v.name().equals("data")) {
                walkTree(root, r.path(), 0, f, k);
                return;
            }
            if (v.name().equals("input")) {
                if (ctx.input != null) {
                    walk(ctx.input, r.path(), 0, f, k);
                }
                return;
            }
        }
        evalTerm(head, f, v -> walk(v, r.path(), 0, f, k));
    }

    /** Follows a path into a value, iterating where the path has unbound variables. */
    private void walk(Value v, List<Term> path, int i, Frame f, VK k) {
        if (i == path.size()) {
            k.accept(v);
            return;
        }
        Term p = path.get(i);
        if (isPattern(p, f)) {
            for (Value[] kv : elements(v)) {
                unifyValue(p, kv[0], f, () -> walk(kv[1], path, i + 1, f, k));
            }
            return;
        }
        evalTerm(p, f, key -> {
            Value child = lookup(v, key);
            if (child != null) {
                walk(child, path, i + 1, f, k);
            }
        });
    }

    /** Base documents are JSON, whose keys are strings: {@code data.x[2]} reads the key "2", as in OPA. */
    private static Value dataLookup(Value v, Value key) {
        Value child = lookup(v, key);
        if (child == null && v instanceof ObjectValue && key instanceof NumberValue) {
            child = lookup(v, StringValue.of(key.toString()));
        }
        return child;
    }

    /** {@link #walk} for base documents under {@code data}. */
    private void walkData(Value v, List<Term> path, int i, Frame f, VK k) {
        if (i == path.size() || isPattern(path.get(i), f)) {
            walk(v, path, i, f, k);
            return;
        }
        evalTerm(path.get(i), f, key -> {
            Value child = dataLookup(v, key);
            if (child != null) {
                walkData(child, path, i + 1, f, k);
            }
        });
    }

    private static Value lookup(Value v, Value key) {
        if (v instanceof ObjectValue o) {
            return o.get(key);
        }
        if (v instanceof ArrayValue a && key instanceof NumberValue n) {
            Integer idx = n.intValue();
            return idx != null && idx >= 0 && idx < a.size() ? a.get(idx) : null;
        }
        if (v instanceof SetValue s) {
            return s.contains(key) ? key : null;
        }
        return null;
    }

    /** Follows a path under {@code data}, through packages and rules (evaluated on demand) and base documents. */
    private void walkTree(RuleNode node, List<Term> path, int i, Frame f, VK k) {
        if (ctx.isMasked(node.path())) {
            Value base = baseAt(node.path());
            if (base != null) {
                walkData(base, path, i, f, k);
            }
            return;
        }
        if (node.hasRules()) {
            if (node.kind() == Rule.Kind.FUNCTION) {
                return;
            }
            Value v = ruleValue(node, path.isEmpty() ? null : path.get(0).loc());
            if (v != null) {
                walk(v, path, i, f, k);
            }
            return;
        }
        if (i == path.size()) {
            Value v = nodeValue(node);
            if (v != null) {
                k.accept(v);
            }
            return;
        }
        Term p = path.get(i);
        if (isPattern(p, f)) {
            TreeSet<Value> keys = new TreeSet<>();
            node.children().keySet().forEach(c -> keys.add(StringValue.of(c)));
            Value base = baseAt(node.path());
            if (base instanceof ObjectValue o) {
                keys.addAll(o.entries().keySet());
            }
            for (Value key : keys) {
                unifyValue(p, key, f, () -> stepInto(node, key, path, i, f, k));
            }
            return;
        }
        evalTerm(p, f, key -> stepInto(node, key, path, i, f, k));
    }

    private void stepInto(RuleNode node, Value key, List<Term> path, int i, Frame f, VK k) {
        if (key instanceof StringValue s) {
            RuleNode child = node.children().get(s.value());
            if (child != null) {
                if (child.kind() == Rule.Kind.FUNCTION) {
                    return;
                }
                walkTree(child, path, i + 1, f, k);
                return;
            }
        }
        Value base = baseAt(node.path());
        Value child = base == null ? null : dataLookup(base, key);
        if (child != null) {
            walkData(child, path, i + 1, f, k);
        }
    }

    private Value baseAt(List<String> path) {
        Value v = ctx.data;
        for (String p : path) {
            if (!(v instanceof ObjectValue o)) {
                return null;
            }
            v = o.get(p);
            if (v == null) {
                return null;
            }
        }
        return v;
    }

    /** The whole document at a node: its rule's value, or its base document merged with its children's values. */
    private Value nodeValue(RuleNode node) {
        if (ctx.isMasked(node.path())) {
            return baseAt(node.path());
        }
        if (node.hasRules()) {
            return node.kind() == Rule.Kind.FUNCTION ? null : ruleValue(node, null);
        }
        Value base = baseAt(node.path());
        if (node.children().isEmpty()) {
            return base;
        }
        TreeMap<Value, Value> m = new TreeMap<>();
        if (base instanceof ObjectValue o) {
            m.putAll(o.entries());
        }
        for (Map.Entry<String, RuleNode> c : node.children().entrySet()) {
            if (c.getValue().kind() == Rule.Kind.FUNCTION) {
                continue;
            }
            Value cv = nodeValue(c.getValue());
            if (cv != null) {
                m.put(StringValue.of(c.getKey()), cv);
            }
        }
        return ObjectValue.own(m);
    }

    // ---- rules ----

    private Value ruleValue(RuleNode node, Location at) {
        Value cached = ctx.cache.get(node);
        if (cached != null) {
            return cached == UNDEFINED ? null : cached;
        }
        if (!inProgress.add(node)) {
            throw new RegoException(RegoException.RECURSION, "rule " + node.name() + " is recursive",
                    node.rules().isEmpty() ? at : node.rules().get(0).loc());
        }
        active.push(node);
        Value v;
        try {
            v = switch (node.kind()) {
                case COMPLETE -> completeValue(node);
                case PARTIAL_SET -> setValue(node);
                case PARTIAL_OBJECT -> objectValue(node);
                case FUNCTION -> null;
            };
        } finally {
            active.pop();
            inProgress.remove(node);
        }
        ctx.cache.put(node, v == null ? UNDEFINED : v);
        return v;
    }

    private Value completeValue(RuleNode node) {
        return singleValue(node, null, "complete rules must not produce multiple outputs");
    }

    /**
     * The one value of a complete rule or of a function call: every definition (and its {@code else} chain) is
     * evaluated, two different values are a conflict, none gives the default.
     */
    private Value singleValue(RuleNode node, Value[] args, String conflict) {
        Value[] result = {null};
        for (Rule r : node.rules()) {
            if (args != null && r.args().size() != args.length) {
                continue;
            }
            evalChain(r, args, v -> {
                if (result[0] == null) {
                    result[0] = v;
                } else if (!result[0].equals(v)) {
                    throw new RegoException(RegoException.CONFLICT, conflict, r.loc());
                }
            });
        }
        if (result[0] == null && node.defaultRule() != null) {
            evalChain(node.defaultRule(), null, v -> result[0] = v);
        }
        return result[0];
    }

    /** Evaluates a rule's body and value; when it yields nothing, its {@code else}. */
    private void evalChain(Rule r, Value[] args, VK out) {
        Frame f = new Frame();
        boolean[] produced = {false};
        K body = () -> evalBody(r.body(), 0, f, null, () -> evalTerm(r.value(), f, v -> {
            produced[0] = true;
            out.accept(v);
        }));
        if (args == null) {
            body.run();
        } else {
            unifyItems(r.args(), Arrays.asList(args), 0, f, body);
        }
        if (!produced[0] && r.elseRule() != null) {
            evalChain(r.elseRule(), args, out);
        }
    }

    private Value setValue(RuleNode node) {
        TreeSet<Value> items = new TreeSet<>();
        for (Rule r : node.rules()) {
            Frame f = new Frame();
            evalBody(r.body(), 0, f, null, () -> evalTerm(r.key(), f, items::add));
        }
        return SetValue.own(items);
    }

    private Value objectValue(RuleNode node) {
        TreeMap<Value, Value> m = new TreeMap<>();
        for (Rule r : node.rules()) {
            Frame f = new Frame();
            Term keyTerm = r.path().get(r.path().size() - 1);
            evalBody(r.body(), 0, f, null, () -> evalTerm(keyTerm, f, key -> evalTerm(r.value(), f, v -> {
                Value old = m.put(key, v);
                if (old != null && !old.equals(v)) {
                    throw new RegoException(RegoException.CONFLICT, "object keys must be unique", r.loc());
                }
            })));
        }
        return ObjectValue.own(m);
    }

    // ---- calls ----

    private void call(Term.Call c, Frame f, boolean asExpr, VK k) {
        String name = c.name();
        Object mock = ctx.mocks.get(name);
        String target = mock instanceof String s ? s : name;
        int arity = arityOf(target);
        if (arity < 0) {
            arity = arityOf(name);
        }
        if (arity < 0) {
            throw new RegoException(RegoException.TYPE, "undefined function " + name, c.loc());
        }
        int n = Math.min(arity, c.args().size());
        Term out = c.args().size() > arity ? c.args().get(arity) : null;
        VK result = v -> {
            if (out != null) {
                unifyValue(out, v, f, () -> k.accept(BoolValue.TRUE));
            } else {
                k.accept(v);
            }
        };
        evalTerms(c.args().subList(0, n), 0, new Value[n], f, args -> {
            if (mock instanceof Value v) {
                result.accept(v);
            } else if (mock != null) {
                invokeReplacement(name, target, args.clone(), c.loc(), result);
            } else {
                invoke(target, args.clone(), c.loc(), result);
            }
        });
    }

    /** Calls the function replacing {@code name}; inside it every function is the original again. */
    private void invokeReplacement(String name, String replacement, Value[] args, Location loc, VK k) {
        Context saved = ctx;
        ctx = saved.withoutMocks();
        Value[] results = {null};
        try {
            invoke(replacement, args, loc, v -> {
                if (results[0] == null) {
                    results[0] = v;
                }
            });
        } finally {
            ctx = saved;
        }
        if (results[0] != null) {
            k.accept(results[0]);
        }
    }

    private int arityOf(String name) {
        return root.arityOf(name, builtins);
    }

    private void invoke(String name, Value[] args, Location loc, VK k) {
        if (name.startsWith("data.")) {
            evalFunction(root.function(name), args, loc, k);
            return;
        }
        BuiltinDef def = builtins.get(name);
        Value result;
        try {
            result = def.fn().call(args);
        } catch (BuiltinError e) {
            if (strictBuiltinErrors || name.equals("internal.member_2") || mustRaise(e)) {
                throw new RegoException(e.isTypeError() ? RegoException.EVAL_TYPE : RegoException.BUILTIN,
                        name + ": " + e.getMessage(), loc);
            }
            return;
        }
        if (result == null) {
            return;
        }
        if (Registry.RELATIONAL.contains(name)) {
            for (Value x : ((ArrayValue) result).items()) {
                k.accept(x);
            }
            return;
        }
        k.accept(result);
    }

    private static boolean mustRaise(BuiltinError e) {
        return false;
    }

    private void evalFunction(RuleNode node, Value[] args, Location loc, VK k) {
        step(loc);
        active.push(node);
        Value result;
        try {
            result = singleValue(node, args, "functions must not produce multiple outputs for same inputs");
        } finally {
            active.pop();
        }
        if (result != null) {
            k.accept(result);
        }
    }
}
