package io.finguard.rego.eval;

import io.finguard.rego.RegoException;
import io.finguard.rego.ast.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of the tree of virtual documents under {@code data}: packages are inner nodes, a rule's path ends at a
 * node holding its definitions. One node holds one kind of rule (OPA rejects mixing kinds at one path).
 */
public final class RuleNode {
    private final List<String> path;
    private final Map<String, RuleNode> children = new LinkedHashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    private Rule defaultRule;
    private Rule.Kind kind;

    RuleNode(List<String> path) {
        this.path = List.copyOf(path);
    }

    public List<String> path() {
        return path;
    }

    /** The absolute name, e.g. {@code data.main.deny}. */
    public String name() {
        return "data." + String.join(".", path);
    }

    public Map<String, RuleNode> children() {
        return children;
    }

    public List<Rule> rules() {
        return rules;
    }

    public Rule defaultRule() {
        return defaultRule;
    }

    public Rule.Kind kind() {
        return kind;
    }

    public boolean hasRules() {
        return kind != null;
    }

    RuleNode child(String name) {
        return children.computeIfAbsent(name, n -> {
            List<String> p = new ArrayList<>(path);
            p.add(n);
            return new RuleNode(p);
        });
    }

    void add(Rule rule) {
        if (kind != null && kind != rule.kind()) {
            throw new RegoException(RegoException.TYPE, "conflicting rules " + name() + " found", rule.loc());
        }
        kind = rule.kind();
        if (rule.isDefault()) {
            if (defaultRule != null) {
                throw new RegoException(RegoException.TYPE, "multiple default rules " + name() + " found",
                        rule.loc());
            }
            defaultRule = rule;
        } else {
            rules.add(rule);
        }
    }

    void replaceRules(List<Rule> rewritten, Rule rewrittenDefault) {
        rules.clear();
        rules.addAll(rewritten);
        defaultRule = rewrittenDefault;
    }

    /** The number of arguments of a function node, or -1. */
    public int arity() {
        if (kind != Rule.Kind.FUNCTION) {
            return -1;
        }
        Rule any = rules.isEmpty() ? defaultRule : rules.get(0);
        return any.args().size();
    }

    /** The function node of an absolute name ({@code data.pkg.f}), or null. */
    public RuleNode function(String name) {
        if (!name.startsWith("data.")) {
            return null;
        }
        RuleNode n = find(List.of(name.substring(5).split("\\.")));
        return n != null && n.kind == Rule.Kind.FUNCTION ? n : null;
    }

    /** The number of operands of a user function (absolute name) or builtin; -1 when there is none. */
    int arityOf(String name, io.finguard.rego.builtins.Registry builtins) {
        if (name.startsWith("data.")) {
            RuleNode n = function(name);
            return n == null ? -1 : n.arity();
        }
        io.finguard.rego.builtins.BuiltinDef def = builtins.get(name);
        return def == null ? -1 : def.arity();
    }

    /** The node at a path below this one, or null. */
    public RuleNode find(List<String> rest) {
        RuleNode n = this;
        for (String s : rest) {
            n = n.children.get(s);
            if (n == null) {
                return null;
            }
        }
        return n;
    }
}
