package io.finguard.terraform.origin;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Expression;
import io.finguard.hcl.Range;
import io.finguard.terraform.Resource;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Traces the value of a resource's argument back through plain references ({@code var.x}, {@code local.y}, an
 * entry of either, {@code var.x.key}) across module instances: to the caller's argument, a variable's default, a
 * root's tfvars entry or {@code --var}. It stops at a literal, at a variable nobody sets, or at an expression that
 * is not a plain reference (a function call, a condition, {@code each.value}, another resource's attribute), which
 * it names. It reads only the loaded model: an edited file in a {@code fix} pass is traced as edited.
 */
public final class ChainTracer {

    /** Far more than any real chain; a guard against a reference loop the loader already reported. */
    private static final int MAX_STEPS = 64;

    private final ValueSources sources;

    public ChainTracer(ValueSources sources) {
        this.sources = sources;
    }

    /**
     * The chain of the argument at {@code path} of {@code resource}: nested block types (the first block of each)
     * then the argument's name, e.g. {@code "scaling_config", "max_size"}.
     */
    public ValueChain trace(Resource resource, String... path) {
        SyntaxRef syntax = resource.syntax();
        if (syntax == null || path.length == 0) {
            return ValueChain.ABSENT;
        }
        Block block = syntax.block();
        for (int i = 0; i < path.length - 1; i++) {
            List<Block> nested = block.body().blocks(path[i]);
            if (nested.isEmpty()) {
                return ValueChain.ABSENT;
            }
            block = nested.get(0);
        }
        Attribute attribute = block.body().attribute(path[path.length - 1]);
        if (attribute == null) {
            return ValueChain.ABSENT;
        }
        InstanceSource instance = sources.instance(resource.rootModule(), resource.moduleAddress());
        List<ChainStep> steps = new ArrayList<>();
        Value value = valueAt(resource.values(), List.of(path));
        Expression e = unwrap(attribute.value());
        steps.add(new ChainStep(ChainStep.Kind.ATTRIBUTE, syntax.file(), attribute.range().startLine(),
                SourceText.of(syntax.config(), attribute.range()), value, syntax.config(), e, null, null, instance,
                List.of()));
        if (instance == null) {
            return new ValueChain(steps, Literals.isLiteral(e) ? ValueChain.End.LITERAL : ValueChain.End.COMPUTED);
        }
        return follow(steps, e, List.of(), instance);
    }

    /**
     * Continues from the expression of the last step, {@code rest} being the path still to follow inside what it
     * refers to.
     */
    private ValueChain follow(List<ChainStep> steps, Expression expression, List<String> rest, InstanceSource in) {
        Expression e = expression;
        List<String> path = rest;
        while (steps.size() < MAX_STEPS) {
            // an object written in place: follow the entry the path names, within the same step
            while (!path.isEmpty() && e instanceof Expression.ObjectCons object) {
                Expression.ObjectItem item = entry(object, path.get(0));
                if (item == null) {
                    return new ValueChain(steps, ValueChain.End.COMPUTED);
                }
                e = unwrap(item.value());
                path = path.subList(1, path.size());
                replaceLast(steps, item.range(), e);
            }
            List<String> reference = traversal(e);
            if (reference == null || reference.size() < 2) {
                return new ValueChain(steps, path.isEmpty() && Literals.isLiteral(e) ? ValueChain.End.LITERAL
                        : ValueChain.End.COMPUTED);
            }
            List<String> next = new ArrayList<>(reference.subList(2, reference.size()));
            next.addAll(path);
            String name = reference.get(1);
            if (reference.get(0).equals("local") && in.locals().containsKey(name)) {
                Declared local = in.locals().get(name);
                e = unwrap(local.attribute().value());
                steps.add(new ChainStep(ChainStep.Kind.LOCAL, local.file(), local.line(),
                        SourceText.of(local.config(), local.attribute().range()),
                        valueAt(in.localValues().get(name), next), local.config(), e, null, name, in, next));
                path = next;
            } else if (reference.get(0).equals("var") && in.variables().containsKey(name)) {
                Hop hop = variable(steps, in, name, next);
                if (hop.end() != null) {
                    return new ValueChain(steps, hop.end());
                }
                e = hop.expression();
                in = hop.in();
                path = next;
            } else {
                return new ValueChain(steps, ValueChain.End.COMPUTED);
            }
        }
        return new ValueChain(steps, ValueChain.End.COMPUTED);
    }

    /** Where the chain goes from {@code var.name} of {@code in}: the expression to follow and in which instance, or an end. */
    private record Hop(Expression expression, InstanceSource in, ValueChain.End end) {
    }

    private Hop variable(List<ChainStep> steps, InstanceSource in, String name, List<String> path) {
        Value value = valueAt(in.values().get(name), path);
        if (!in.isRoot()) {
            Attribute argument = in.call().block().body().attribute(name);
            InstanceSource parent = sources.instance(in.root(), in.parent());
            if (argument != null && parent != null) {
                Expression e = unwrap(argument.value());
                steps.add(new ChainStep(ChainStep.Kind.ARGUMENT, in.call().file(), argument.range().startLine(),
                        SourceText.of(in.call().config(), argument.range()), value, in.call().config(), e,
                        in.call(), name, parent, path));
                return new Hop(e, parent, null);
            }
        } else {
            RootInput input = in.inputs().get(name);
            if (input != null && input.fromCommandLine()) {
                steps.add(new ChainStep(ChainStep.Kind.INPUT, null, 0, name, value, null, null, null, name, in,
                        path));
                return new Hop(null, in, ValueChain.End.COMMAND_LINE);
            }
            if (input != null) {
                Declared entry = input.entry();
                Expression e = unwrap(entry.attribute().value());
                steps.add(new ChainStep(ChainStep.Kind.INPUT, entry.file(), entry.line(),
                        SourceText.of(entry.config(), entry.attribute().range()), value, entry.config(), e, null,
                        name, in, path));
                return new Hop(e, in, null);
            }
        }
        SyntaxRef decl = in.variables().get(name);
        Attribute dflt = decl.block().body().attribute("default");
        if (dflt == null) {
            steps.add(new ChainStep(ChainStep.Kind.UNSET, decl.file(), decl.location().line(),
                    "variable \"" + name + "\"", value, decl.config(), null, in.call(), name, in, path));
            return new Hop(null, in, ValueChain.End.UNKNOWN);
        }
        Expression e = unwrap(dflt.value());
        steps.add(new ChainStep(ChainStep.Kind.DEFAULT, decl.file(), dflt.range().startLine(),
                SourceText.of(decl.config(), dflt.range()), value, decl.config(), e, in.call(), name, in, path));
        if (!in.isRoot() && path.isEmpty()) {
            // the caller does not set it: that is where a value belongs, whatever the default is
            return new Hop(null, in, ValueChain.End.NOT_SET);
        }
        return new Hop(e, in, null);
    }

    /** The last step, moved to an entry inside the object it wrote. */
    private static void replaceLast(List<ChainStep> steps, Range entry, Expression value) {
        ChainStep last = steps.remove(steps.size() - 1);
        ConfigFile config = last.config();
        steps.add(new ChainStep(last.kind(), last.file(), entry.startLine(), SourceText.of(config, entry),
                last.value(), config, value, last.call(), last.variable(), last.instance(), last.path()));
    }

    private static Expression.ObjectItem entry(Expression.ObjectCons object, String key) {
        Expression.ObjectItem found = null;
        for (Expression.ObjectItem item : object.items()) {
            if (key.equals(item.literalKey())) {
                found = item; // the last one wins, as when Terraform builds the object
            }
        }
        return found;
    }

    /** {@code var.x.y["k"][0]} as [var, x, y, k, 0]; null when it is not a plain traversal. */
    public static List<String> traversal(Expression e) {
        if (e instanceof Expression.Variable v) {
            return new ArrayList<>(List.of(v.name()));
        }
        if (e instanceof Expression.GetAttr g) {
            List<String> t = traversal(g.target());
            if (t != null) {
                t.add(g.name());
            }
            return t;
        }
        if (e instanceof Expression.Index i) {
            List<String> t = traversal(i.target());
            String key = i.key() instanceof Expression.NumberLiteral n ? n.value().toPlainString()
                    : i.key() instanceof Expression.Template s ? s.literalValue() : null;
            if (t != null && key != null) {
                t.add(key);
                return t;
            }
        }
        return null;
    }

    public static Expression unwrap(Expression e) {
        Expression x = e;
        while (x instanceof Expression.Parens p) {
            x = p.inner();
        }
        return x;
    }

    /** The part of {@code value} at {@code path} (nested blocks are lists of objects: the first is taken). */
    static Value valueAt(Value value, List<String> path) {
        Value v = value;
        for (String key : path) {
            if (v instanceof Value.Seq s && !s.elements().isEmpty() && !key.chars().allMatch(Character::isDigit)) {
                v = s.elements().get(0);
            }
            if (v instanceof Value.Obj o) {
                v = o.get(key);
            } else if (v instanceof Value.Seq s && key.chars().allMatch(Character::isDigit)
                    && Integer.parseInt(key) < s.elements().size()) {
                v = s.elements().get(Integer.parseInt(key));
            } else {
                return v instanceof Value.Unknown ? v : Value.NULL;
            }
            if (v == null) {
                return Value.NULL;
            }
        }
        return v;
    }
}
