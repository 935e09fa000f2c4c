package io.finguard.terraform.load;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Expression;
import io.finguard.terraform.LazyEntries;
import io.finguard.terraform.Location;
import io.finguard.terraform.ProviderConfig;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.EvalProblem;
import io.finguard.terraform.eval.Evaluator;
import io.finguard.terraform.eval.Scope;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One instance of a module (a root module, or one instance of a {@code module} block: {@code module.a["x"]}) with
 * its values as nodes of Terraform's per-value graph. Nothing is evaluated when it is built: each variable, local,
 * output, provider configuration and module call is computed the first time something reads it, so a module's
 * output can feed another module whose output feeds the first one back, as Terraform allows.
 */
final class ModuleInstance {

    /** What the caller sets for a variable, or null when the caller does not set it at all. */
    @FunctionalInterface
    interface Inputs {
        VariableValues.Given given(String variable);
    }

    final RootContext root;
    final ParsedModule module;
    /** {@code ""} for a root module, else {@code module.a["x"].module.b[0]}. */
    final String address;
    /** The {@code source} of the call, null for a root module. */
    final String source;
    /** The {@code module} block that made this instance, null for a root module. */
    final SyntaxRef call;
    /** The {@code module} blocks from the root down to this instance. */
    final List<SyntaxRef> callers;
    /** The directories from the root down to this one, to refuse a module that calls itself. */
    final List<Path> dirChain;
    final ModuleScope scope;

    private final Map<String, LazyNode<Value>> variables = new LinkedHashMap<>();
    private final Map<String, LazyNode<Value>> locals = new LinkedHashMap<>();
    private final Map<String, LazyNode<Value>> outputs = new LinkedHashMap<>();
    private final Map<String, ModuleCall> calls = new LinkedHashMap<>();
    /** The provider configurations visible here by key ({@code aws}, {@code aws.east}): inherited, then own. */
    private final Map<String, LazyNode<ProviderConfig>> providers;
    private final Value.Obj outputsObject;

    ModuleInstance(RootContext root, ParsedModule module, String address, String source, SyntaxRef call,
                   List<SyntaxRef> callers, List<Path> dirChain, Inputs inputs,
                   Map<String, LazyNode<ProviderConfig>> inherited) {
        this.root = root;
        this.module = module;
        this.address = address;
        this.source = source;
        this.call = call;
        this.callers = callers;
        this.dirChain = dirChain;
        VariableValues variableValues = root.session.variableValues;
        module.variables.forEach((name, decl) -> variables.put(name, node("var." + name, decl::location,
                () -> variableValues.resolve(decl, inputs.given(name), this))));
        module.locals.forEach((name, decl) -> locals.put(name, node("local." + name,
                () -> new Location(decl.file(), decl.attribute().range().startLine(),
                        decl.attribute().range().endLine()),
                () -> evaluate(decl.file(), decl.config(), decl.attribute().value(), scope()))));
        module.outputs.forEach((name, decl) -> outputs.put(name, node("output." + name, decl::location,
                () -> output(decl))));
        module.moduleCalls.forEach((name, decl) -> calls.put(name, new ModuleCall(this, name, decl)));
        this.providers = new LinkedHashMap<>(inherited);
        for (SyntaxRef block : module.providers) {
            ProviderBlocks.Declared declared = ProviderBlocks.declared(block);
            providers.put(declared.key(), new LazyNode<>(qualified("provider." + declared.key()), block.location(),
                    root.stack, () -> ProviderBlocks.evaluate(block, declared, this),
                    () -> new ProviderConfig(declared.name(), declared.alias(), address,
                            new Value.Unknown("default_tags"), block.location(), block)));
        }
        this.scope = new ModuleScope(lazyObject(variables, LazyNode::get), lazyObject(locals, LazyNode::get),
                lazyObject(calls, ModuleCall::value), pathObject());
        this.outputsObject = lazyObject(outputs, LazyNode::get);
    }

    private LazyNode<Value> node(String name, java.util.function.Supplier<Location> location,
                                 java.util.function.Supplier<Value> body) {
        String qualified = qualified(name);
        return new LazyNode<>(qualified, location, root.stack, body, () -> new Value.Unknown(qualified));
    }

    private String qualified(String name) {
        return address.isEmpty() ? name : address + "." + name;
    }

    private static <T> Value.Obj lazyObject(Map<String, T> nodes, Function<T, Value> value) {
        return new Value.Obj(new LazyEntries(new ArrayList<>(nodes.keySet())) {
            @Override
            protected Value compute(String key) {
                return value.apply(nodes.get(key));
            }
        }, Value.ObjKind.OBJECT);
    }

    /**
     * {@code path.module} relative to the root module's directory, as Terraform gives it when run there;
     * {@code path.root} is {@code .} and {@code path.cwd} the root module's absolute directory.
     */
    private Value.Obj pathObject() {
        String rel = root.dir().relativize(module.dir).toString().replace('\\', '/');
        return new Value.Obj(Map.of("module", Value.str(rel.isEmpty() ? "." : rel), "root", Value.str("."),
                "cwd", Value.str(root.dir().toString().replace('\\', '/'))), Value.ObjKind.OBJECT);
    }

    /** The scope of this instance's expressions; a method so that nodes built in the constructor can use it. */
    private ModuleScope scope() {
        return scope;
    }

    private Value output(SyntaxRef decl) {
        Attribute value = decl.block().body().attribute("value");
        return value == null ? Value.NULL : evaluate(decl.file(), decl.config(), value.value(), scope);
    }

    /** The value of {@code module.<this call>} for this instance: its outputs, each computed when read. */
    Value.Obj outputs() {
        return outputsObject;
    }

    Map<String, LazyNode<Value>> variableNodes() {
        return variables;
    }

    Map<String, LazyNode<Value>> localNodes() {
        return locals;
    }

    Map<String, LazyNode<Value>> outputNodes() {
        return outputs;
    }

    Map<String, ModuleCall> calls() {
        return calls;
    }

    Map<String, LazyNode<ProviderConfig>> providerNodes() {
        return providers;
    }

    /** Evaluates an expression of this module; problems are reported against this instance. */
    Value evaluate(String file, ConfigFile config, Expression expression, Scope in) {
        Evaluator evaluator = root.evaluator(in, config);
        Value value = evaluator.evaluate(expression);
        report(file, evaluator.problems());
        return value;
    }

    /** Reports evaluation problems found in {@code file}, naming this instance when it is not a root. */
    void report(String file, List<EvalProblem> problems) {
        for (EvalProblem p : problems) {
            error(file, p.range() == null ? 0 : p.range().startLine(), p.message());
        }
    }

    void error(String file, int line, String message) {
        root.evaluationError(file, line, address.isEmpty() ? message : message + " (in " + address + ")");
    }
}
