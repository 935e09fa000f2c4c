package io.finguard.rego.eval;

import io.finguard.rego.RegoException;
import io.finguard.rego.ast.Expr;
import io.finguard.rego.ast.Location;
import io.finguard.rego.ast.Module;
import io.finguard.rego.ast.Rule;
import io.finguard.rego.ast.Term;
import io.finguard.rego.builtins.Registry;
import io.finguard.rego.value.StringValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns parsed modules into the rule tree the evaluator walks: places each rule at its absolute path, resolves
 * names (rules of the package, imports, functions), gives variables declared in nested bodies names of their own,
 * refuses builtins that reach outside, and orders each body so that variables are bound before they are used
 * ({@link Safety}).
 */
public final class Compiler {
    private final Registry builtins;
    private final RuleNode root = new RuleNode(List.of());
    private int fresh;

    public Compiler(Registry builtins) {
        this.builtins = builtins;
    }

    /** Compiles the modules into a rule tree; throws the first error found, with its file and line. */
    public RuleNode compile(List<Module> modules) {
        Map<Rule, Module> owner = new HashMap<>();
        for (Module m : modules) {
            RuleNode pkg = root;
            for (String p : m.packagePath()) {
                pkg = pkg.child(p);
            }
            for (Rule r : m.rules()) {
                nodeFor(pkg, r).add(r);
                owner.put(r, m);
            }
        }
        for (Module m : modules) {
            checkImports(m);
        }
        foldConstantKeys(root, owner);
        rewriteAll(root, owner);
        return root;
    }

    /** Compiles a query against a compiled tree; {@code pkg} is the package names resolve in (may be empty). */
    public List<Expr> compileQuery(RuleNode tree, List<Expr> body) {
        Resolver resolver = new Resolver(tree, List.of(), List.of());
        List<Expr> rewritten = resolver.body(body, new Scope(null), false);
        checkCalls(rewritten);
        return new Safety(this::arityOf).order(rewritten, new java.util.HashSet<>(), true);
    }

    private RuleNode nodeFor(RuleNode pkg, Rule r) {
        RuleNode n = pkg;
        List<Term> path = r.path();
        int end = r.kind() == Rule.Kind.PARTIAL_OBJECT ? path.size() - 1 : path.size();
        for (int i = 0; i < end; i++) {
            if (!(path.get(i) instanceof Term.Scalar s && s.value() instanceof StringValue sv)) {
                throw new RegoException(RegoException.COMPILE,
                        "rule heads with a variable before the last element are not supported", r.loc());
            }
            n = n.child(sv.value());
        }
        return n;
    }

    /**
     * {@code p[k] := v if ...} next to {@code p["foo"] := "bar"}: the second is one more entry of the partial
     * object {@code p}, not a rule of its own at {@code p.foo}.
     */
    private static void foldConstantKeys(RuleNode node, Map<Rule, Module> owner) {
        if (node.kind() == Rule.Kind.PARTIAL_OBJECT) {
            for (var it = node.children().entrySet().iterator(); it.hasNext(); ) {
                RuleNode child = it.next().getValue();
                if (child.kind() == Rule.Kind.COMPLETE && child.children().isEmpty() && child.defaultRule() == null) {
                    for (Rule r : child.rules()) {
                        Rule folded = new Rule(Rule.Kind.PARTIAL_OBJECT, r.path(), null, null, r.value(), false,
                                r.body(), null, r.metadata(), r.loc());
                        owner.put(folded, owner.get(r));
                        node.add(folded);
                    }
                    it.remove();
                }
            }
        }
        for (RuleNode c : node.children().values()) {
            foldConstantKeys(c, owner);
        }
    }

    private void checkImports(Module m) {
        for (Module.Import imp : m.imports()) {
            for (Rule r : m.rules()) {
                if (r.name().equals(imp.alias())) {
                    throw new RegoException(RegoException.COMPILE, "rule " + r.name() + " shadows import",
                            r.loc());
                }
            }
        }
    }

    private void rewriteAll(RuleNode node, Map<Rule, Module> owner) {
        if (node.hasRules()) {
            List<Rule> out = new ArrayList<>();
            for (Rule r : node.rules()) {
                out.add(rewriteRule(r, owner.get(r)));
            }
            Rule def = node.defaultRule() == null ? null : rewriteRule(node.defaultRule(), owner.get(
                    node.defaultRule()));
            node.replaceRules(out, def);
        }
        for (RuleNode c : new ArrayList<>(node.children().values())) {
            rewriteAll(c, owner);
        }
    }

    private Rule rewriteRule(Rule r, Module m) {
        Resolver resolver = new Resolver(root, m.packagePath(), m.imports());
        Scope scope = new Scope(null);
        List<Term> args = null;
        java.util.Set<String> bound = new java.util.HashSet<>();
        if (r.args() != null) {
            args = new ArrayList<>();
            for (Term a : r.args()) {
                Safety.patternVars(a, scope.declaredNames());
                bound.addAll(scope.declaredNames());
            }
            for (Term a : r.args()) {
                args.add(resolver.term(a, scope));
            }
        }
        List<Expr> body = resolver.body(r.body(), scope, true);
        checkCalls(body);
        List<Term> path = new ArrayList<>();
        for (Term p : r.path()) {
            path.add(resolver.term(p, scope));
        }
        Term key = r.key() == null ? null : resolver.term(r.key(), scope);
        Term value = r.value() == null ? null : resolver.term(r.value(), scope);
        for (Term head : new Term[] {key, value}) {
            if (head != null) {
                checkCalls(List.of(new Expr.TermExpr(head, false, List.of(), head.loc())));
            }
        }
        Safety safety = new Safety(this::arityOf);
        java.util.Set<String> afterBody = new java.util.HashSet<>(bound);
        List<Expr> ordered = safety.order(body, afterBody, false);
        key = key == null ? null : safety.head(key, afterBody, r.loc());
        value = value == null ? null : safety.head(value, afterBody, r.loc());
        if (r.kind() == Rule.Kind.PARTIAL_OBJECT) {
            path.set(path.size() - 1, safety.head(path.get(path.size() - 1), afterBody, r.loc()));
        }
        Rule elseRule = r.elseRule() == null ? null : rewriteRule(r.elseRule(), m);
        return new Rule(r.kind(), path, args, key, value, r.isDefault(), ordered, elseRule, r.metadata(), r.loc());
    }

    private int arityOf(String name) {
        return root.arityOf(name, builtins);
    }

    /** Refuses unknown functions and the builtins that reach outside the process, naming where they are called. */
    private void checkCalls(List<Expr> body) {
        for (Expr e : body) {
            Terms.forEachTerm(e, t -> {
                if (t instanceof Term.Call c) {
                    checkCall(c.name(), c.loc());
                }
            });
            for (Expr.With w : e.withs()) {
                if (w.value() instanceof Term.Var v && !v.name().startsWith("$")) {
                    continue;
                }
            }
        }
    }

    private void checkCall(String name, Location loc) {
        if (Registry.REFUSED.contains(name)) {
            throw new RegoException(RegoException.COMPILE, "builtin " + name
                    + " is not allowed: finguard evaluates policies without network or runtime access", loc);
        }
        if (name.equals("eq") || name.equals("assign") || name.startsWith("internal.member_")) {
            return;
        }
        if (arityOf(name) < 0) {
            throw new RegoException(RegoException.TYPE, "undefined function " + name, loc);
        }
    }

    /** Variables declared in a body and the names they are renamed to. */
    static final class Scope {
        private final Scope parent;
        private final Map<String, String> names = new HashMap<>();

        Scope(Scope parent) {
            this.parent = parent;
        }

        String lookup(String name) {
            for (Scope s = this; s != null; s = s.parent) {
                String n = s.names.get(name);
                if (n != null) {
                    return n;
                }
            }
            return null;
        }

        void declare(String name, String as) {
            names.put(name, as);
        }

        /** A collector that declares the names added to it under their own names. */
        java.util.Set<String> declaredNames() {
            return new java.util.AbstractSet<>() {
                @Override
                public boolean add(String s) {
                    return names.put(s, s) == null;
                }

                @Override
                public java.util.Iterator<String> iterator() {
                    return names.keySet().iterator();
                }

                @Override
                public int size() {
                    return names.size();
                }
            };
        }
    }

    /** Resolves names in one module's context. */
    final class Resolver {
        private final RuleNode tree;
        private final List<String> pkg;
        private final Map<String, Term.Ref> imports = new HashMap<>();

        Resolver(RuleNode tree, List<String> pkg, List<Module.Import> imps) {
            this.tree = tree;
            this.pkg = pkg;
            for (Module.Import i : imps) {
                imports.put(i.alias(), i.path());
            }
        }

        /**
         * Resolves a body in order. A variable declared by {@code some} or {@code :=} is in scope from its
         * declaration on, under a name of its own ({@code x$3}) when {@code rename} is set, so that a
         * comprehension earlier in the body, or a nested body, reading {@code x} does not see it.
         */
        List<Expr> body(List<Expr> body, Scope scope, boolean rename) {
            List<Expr> out = new ArrayList<>();
            for (Expr e : body) {
                if (e instanceof Expr.SomeDecl s) {
                    s.vars().forEach(v -> declare(scope, v.name(), rename));
                    out.add(expr(e, scope));
                } else if (e instanceof Expr.TermExpr t && t.term() instanceof Term.Call c
                        && c.name().equals("assign")) {
                    Term rhs = term(c.args().get(1), scope);
                    java.util.Set<String> names = new java.util.LinkedHashSet<>();
                    Safety.patternVars(c.args().get(0), names);
                    names.forEach(n -> declare(scope, n, rename));
                    Term lhs = term(c.args().get(0), scope);
                    List<Expr.With> withs = new ArrayList<>();
                    for (Expr.With w : e.withs()) {
                        withs.add(with(w, scope));
                    }
                    out.add(new Expr.TermExpr(new Term.Call("assign", List.of(lhs, rhs), c.loc()), t.negated(),
                            withs, t.loc()));
                } else {
                    out.add(expr(e, scope));
                }
            }
            return out;
        }

        private void declare(Scope scope, String name, boolean rename) {
            scope.declare(name, rename && !name.startsWith("$") ? name + "$" + (fresh++) : name);
        }

        private Expr expr(Expr e, Scope scope) {
            List<Expr.With> withs = new ArrayList<>();
            for (Expr.With w : e.withs()) {
                withs.add(with(w, scope));
            }
            if (e instanceof Expr.SomeDecl s) {
                List<Term.Var> vars = new ArrayList<>();
                s.vars().forEach(v -> vars.add(new Term.Var(scope.lookup(v.name()), v.loc())));
                return new Expr.SomeDecl(vars, s.loc());
            }
            if (e instanceof Expr.Every ev) {
                Term domain = term(ev.domain(), scope);
                Scope inner = new Scope(scope);
                Term.Var key = null;
                if (ev.key() != null) {
                    key = new Term.Var(ev.key().name() + "$" + (fresh++), ev.key().loc());
                    inner.declare(ev.key().name(), key.name());
                }
                Term.Var value = new Term.Var(ev.value().name() + "$" + (fresh++), ev.value().loc());
                inner.declare(ev.value().name(), value.name());
                List<Expr> body = body(ev.body(), inner, true);
                return new Expr.Every(key, value, domain, body, ev.negated(), withs, ev.loc());
            }
            Expr.TermExpr t = (Expr.TermExpr) e;
            return new Expr.TermExpr(term(t.term(), scope), t.negated(), withs, t.loc());
        }

        /**
         * A {@code with} target stays absolute ({@code input...}, {@code data...}) unless it names a function;
         * a value naming a function (builtin or user-defined) replaces the target function.
         */
        private Expr.With with(Expr.With w, Scope scope) {
            Term target = w.target();
            String name = Terms.dottedName(target);
            if (name == null) {
                throw new RegoException(RegoException.TYPE, "with keyword target must reference existing input,"
                        + " data, or a function", target.loc());
            }
            Term resolvedTarget;
            if (name.equals("input") || name.startsWith("input.")
                    || (name.equals("data") || name.startsWith("data.")) && !isFunction(name)) {
                resolvedTarget = target;
            } else {
                resolvedTarget = new Term.FuncRef(functionName(name), target.loc());
            }
            Term value = w.value();
            String valueName = Terms.dottedName(value);
            if (valueName != null && !(value instanceof Term.Var v && scope.lookup(v.name()) != null)) {
                String fn = functionName(valueName);
                if (isFunction(fn) || builtins.get(fn) != null && !fn.startsWith("data.")) {
                    return new Expr.With(resolvedTarget, new Term.FuncRef(fn, value.loc()), w.loc());
                }
            }
            return new Expr.With(resolvedTarget, term(value, scope), w.loc());
        }

        private boolean isFunction(String name) {
            return tree.function(name) != null;
        }

        Term term(Term t, Scope scope) {
            if (t instanceof Term.Var v) {
                return variable(v, scope);
            }
            if (t instanceof Term.Ref r) {
                Term head = term(r.head(), scope);
                List<Term> path = new ArrayList<>();
                if (head instanceof Term.Ref hr) {
                    path.addAll(hr.path());
                    head = hr.head();
                }
                for (Term p : r.path()) {
                    path.add(term(p, scope));
                }
                return new Term.Ref(head, List.copyOf(path), r.loc());
            }
            if (t instanceof Term.ArrayTerm a) {
                return new Term.ArrayTerm(terms(a.items(), scope), a.loc());
            }
            if (t instanceof Term.SetTerm s) {
                return new Term.SetTerm(terms(s.items(), scope), s.loc());
            }
            if (t instanceof Term.ObjectTerm o) {
                return new Term.ObjectTerm(terms(o.keys(), scope), terms(o.values(), scope), o.loc());
            }
            if (t instanceof Term.Call c) {
                return new Term.Call(functionName(c.name()), terms(c.args(), scope), c.loc());
            }
            if (t instanceof Term.ArrayCompr c) {
                Scope inner = new Scope(scope);
                List<Expr> body = body(c.body(), inner, true);
                return new Term.ArrayCompr(term(c.head(), inner), body, c.loc());
            }
            if (t instanceof Term.SetCompr c) {
                Scope inner = new Scope(scope);
                List<Expr> body = body(c.body(), inner, true);
                return new Term.SetCompr(term(c.head(), inner), body, c.loc());
            }
            if (t instanceof Term.ObjectCompr c) {
                Scope inner = new Scope(scope);
                List<Expr> body = body(c.body(), inner, true);
                return new Term.ObjectCompr(term(c.key(), inner), term(c.value(), inner), body, c.loc());
            }
            return t;
        }

        private List<Term> terms(List<Term> ts, Scope scope) {
            List<Term> out = new ArrayList<>(ts.size());
            for (Term t : ts) {
                out.add(term(t, scope));
            }
            return out;
        }

        private Term variable(Term.Var v, Scope scope) {
            String declared = scope.lookup(v.name());
            if (declared != null) {
                return new Term.Var(declared, v.loc());
            }
            if (v.name().equals("input") || v.name().equals("data")) {
                return v;
            }
            Term.Ref imp = imports.get(v.name());
            if (imp != null) {
                return new Term.Ref(imp.head(), imp.path(), v.loc());
            }
            RuleNode pkgNode = tree.find(pkg);
            if (pkgNode != null && pkgNode.children().containsKey(v.name()) && !pkg.isEmpty()) {
                List<Term> path = new ArrayList<>();
                for (String p : pkg) {
                    path.add(new Term.Scalar(StringValue.of(p), v.loc()));
                }
                path.add(new Term.Scalar(StringValue.of(v.name()), v.loc()));
                return new Term.Ref(new Term.Var("data", v.loc()), path, v.loc());
            }
            return v;
        }

        /** A call's name: a function of the package, through an import, absolute, or a builtin. */
        String functionName(String name) {
            String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            String rest = name.substring(first.length());
            if (first.equals("data")) {
                return name;
            }
            Term.Ref imp = imports.get(first);
            if (imp != null) {
                String base = Terms.dottedName(imp);
                return base + rest;
            }
            RuleNode pkgNode = tree.find(pkg);
            if (pkgNode != null && !pkg.isEmpty() && pkgNode.children().containsKey(first)) {
                RuleNode target = pkgNode.find(List.of(name.split("\\.")));
                if (target != null && target.kind() == Rule.Kind.FUNCTION) {
                    return "data." + String.join(".", pkg) + "." + name;
                }
                if (builtins.get(name) == null) {
                    return "data." + String.join(".", pkg) + "." + name;
                }
            }
            return name;
        }
    }
}
