package io.finguard.terraform.load;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Expression;
import io.finguard.terraform.Location;
import io.finguard.terraform.Module;
import io.finguard.terraform.ProviderConfig;
import io.finguard.terraform.Resource;
import io.finguard.terraform.ResourceMode;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.EvalProblem;
import io.finguard.terraform.eval.Evaluator;
import io.finguard.terraform.eval.References;
import io.finguard.terraform.eval.Scope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates one module instance: its variables, then locals and module calls in dependency order (a child module
 * is loaded completely before the parent reads its outputs), then its providers, resources, data sources and
 * outputs. Adds what it finds to the {@link LoadSession}.
 */
final class ModuleInstanceLoader {

    /** Where an instance comes from: its address, the call that made it, and the chain of calls above. */
    record Instance(String address, String source, SyntaxRef call, List<SyntaxRef> callers, List<Path> dirChain) {
    }

    /** Graph node name of the i-th provider block; not a valid reference, so it cannot clash. */
    private static final String PROVIDER_NODE = "provider#";

    private static final Set<String> MODULE_CALL_META = Set.of("source", "version", "providers", "count",
            "for_each", "depends_on");

    private final LoadSession session;
    private final RootContext rootContext;

    ModuleInstanceLoader(LoadSession session, RootContext rootContext) {
        this.session = session;
        this.rootContext = rootContext;
    }

    /** Loads the instance and returns its outputs as an object (the value of {@code module.<name>}). */
    Value load(ParsedModule pm, Instance instance, Map<String, Value> inputs,
               Map<String, ProviderConfig> inherited) {
        Map<String, Value> variables = variables(pm, inputs);
        ModuleScope scope = new ModuleScope(variables, modulePath(pm.dir));
        Map<String, ProviderConfig> providers = evaluateGraph(pm, instance, scope, inherited);
        String dir = session.reportPath(pm.dir);
        session.modules.add(new Module(instance.address(), instance.source(), dir, true, variables,
                Map.copyOf(scope.locals()), providers, instance.call()));

        for (SyntaxRef ref : pm.resources) {
            session.resources.add(resource(ref, ResourceMode.MANAGED, instance, scope, providers));
        }
        for (SyntaxRef ref : pm.dataSources) {
            session.resources.add(resource(ref, ResourceMode.DATA, instance, scope, providers));
        }
        Map<String, Value> outputs = new LinkedHashMap<>();
        for (Map.Entry<String, SyntaxRef> e : pm.outputs.entrySet()) {
            Attribute value = e.getValue().block().body().attribute("value");
            if (value != null) {
                outputs.put(e.getKey(), evaluate(e.getValue().file(), e.getValue().config(), value.value(), scope));
            }
        }
        return new Value.Obj(outputs, Value.ObjKind.OBJECT);
    }

    private String modulePath(Path dir) {
        Path rel = rootContext.dir().relativize(dir);
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private Map<String, Value> variables(ParsedModule pm, Map<String, Value> inputs) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (Map.Entry<String, SyntaxRef> e : pm.variables.entrySet()) {
            String name = e.getKey();
            Value given = inputs.get(name);
            if (given != null && !(given instanceof Value.Null && hasDefault(e.getValue()))) {
                out.put(name, given);
                continue;
            }
            Attribute def = e.getValue().block().body().attribute("default");
            if (def != null) {
                out.put(name, evaluate(e.getValue().file(), e.getValue().config(), def.value(), Scope.EMPTY));
            } else {
                out.put(name, new Value.Unknown("var." + name));
            }
        }
        return out;
    }

    private static boolean hasDefault(SyntaxRef variable) {
        return variable.block().body().attribute("default") != null;
    }

    /**
     * Locals, provider configurations and module calls may refer to each other in any order
     * ({@code local.x = module.vpc.id}, {@code default_tags { tags = local.tags }},
     * {@code module "eks" { vpc_id = local.x }}), so they are one dependency graph evaluated in topological order.
     * A module call depends on every provider configuration, since it may inherit any of them.
     *
     * @return the provider configurations visible in this module, by key
     */
    private Map<String, ProviderConfig> evaluateGraph(ParsedModule pm, Instance instance, ModuleScope scope,
                                                      Map<String, ProviderConfig> inherited) {
        Map<String, ProviderConfig> providers = new LinkedHashMap<>(inherited);
        DependencyOrder order = new DependencyOrder();
        List<String> providerNodes = new ArrayList<>();
        for (int i = 0; i < pm.providers.size(); i++) {
            List<String> deps = new ArrayList<>();
            collectDependencies(pm.providers.get(i).block().body(), deps);
            providerNodes.add(PROVIDER_NODE + i);
            order.add(PROVIDER_NODE + i, deps);
        }
        for (Map.Entry<String, ParsedModule.LocalDecl> e : pm.locals.entrySet()) {
            order.add("local." + e.getKey(), dependencies(session.references(e.getValue().attribute().value())));
        }
        for (Map.Entry<String, SyntaxRef> e : pm.moduleCalls.entrySet()) {
            List<String> deps = new ArrayList<>(providerNodes);
            for (Attribute a : e.getValue().block().body().attributes()) {
                if (!a.name().equals("source") && !a.name().equals("version")) {
                    deps.addAll(dependencies(session.references(a.value())));
                }
            }
            order.add("module." + e.getKey(), deps);
        }
        DependencyOrder.Result result = order.sort();
        for (List<String> cycle : result.cycles()) {
            String first = cycle.get(0);
            Location where = locationOf(pm, first);
            session.errors.add(new io.finguard.terraform.LoadError(where.file(), where.line(),
                    "dependency cycle: " + String.join(" -> ", cycle)));
            // Members of a cycle are unknown rather than missing, so references to them are not errors too.
            for (String node : cycle) {
                if (node.startsWith("local.")) {
                    scope.putLocal(node.substring(6), new Value.Unknown(node));
                } else if (node.startsWith("module.")) {
                    scope.putModule(node.substring(7), new Value.Unknown(node));
                }
            }
        }
        for (String node : result.order()) {
            if (node.startsWith(PROVIDER_NODE)) {
                SyntaxRef ref = pm.providers.get(Integer.parseInt(node.substring(PROVIDER_NODE.length())));
                ProviderConfig config = provider(ref, instance.address(), scope);
                providers.put(config.key(), config);
            } else if (node.startsWith("local.")) {
                String name = node.substring("local.".length());
                ParsedModule.LocalDecl decl = pm.locals.get(name);
                scope.putLocal(name, evaluate(decl.file(), decl.config(), decl.attribute().value(), scope));
            } else {
                String name = node.substring("module.".length());
                scope.putModule(name, loadChild(pm, name, pm.moduleCalls.get(name), instance, scope, providers));
            }
        }
        return providers;
    }

    private static void collectDependencies(io.finguard.hcl.Body body, List<String> out) {
        for (Attribute a : body.attributes()) {
            out.addAll(dependencies(References.of(a.value())));
        }
        for (Block b : body.blocks()) {
            collectDependencies(b.body(), out);
        }
    }

    private Location locationOf(ParsedModule pm, String node) {
        if (node.startsWith(PROVIDER_NODE)) {
            return pm.providers.get(Integer.parseInt(node.substring(PROVIDER_NODE.length()))).location();
        }
        if (node.startsWith("local.")) {
            ParsedModule.LocalDecl d = pm.locals.get(node.substring(6));
            return new Location(d.file(), d.attribute().range().startLine(), d.attribute().range().endLine());
        }
        return pm.moduleCalls.get(node.substring(7)).location();
    }

    /** The graph nodes ({@code local.x}, {@code module.y}) among an expression's references. */
    private static List<String> dependencies(List<List<String>> references) {
        List<String> out = null;
        for (List<String> path : references) {
            if (path.size() >= 2 && (path.get(0).equals("local") || path.get(0).equals("module"))) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(path.get(0) + "." + path.get(1));
            }
        }
        return out == null ? List.of() : out;
    }

    private Value loadChild(ParsedModule parent, String name, SyntaxRef call, Instance instance, ModuleScope scope,
                            Map<String, ProviderConfig> inherited) {
        String address = (instance.address().isEmpty() ? "" : instance.address() + ".") + "module." + name;
        String source = ParsedModule.moduleSource(call);
        boolean repeated = call.block().body().attribute("count") != null
                || call.block().body().attribute("for_each") != null;
        Value unknownOutputs = new Value.Unknown("module." + name);
        if (source == null) {
            session.error(call.file(), call.block().range(), "module \"" + name + "\" has no literal source");
            return unknownOutputs;
        }
        Path dir = childDirectory(parent, source, instance, name);
        if (dir == null) {
            session.modules.add(new Module(address, source, null, false, Map.of(), Map.of(), Map.of(), call));
            return unknownOutputs;
        }
        if (instance.dirChain().contains(dir)) {
            session.error(call.file(), call.block().range(),
                    "module \"" + name + "\" calls itself through " + source);
            return unknownOutputs;
        }
        Scope callScope = scope.forRepeatedBlock(call.block().body().attribute("count") != null,
                call.block().body().attribute("for_each") != null);
        Map<String, Value> inputs = new LinkedHashMap<>();
        for (Attribute a : call.block().body().attributes()) {
            if (!MODULE_CALL_META.contains(a.name())) {
                inputs.put(a.name(), evaluate(call.file(), call.config(), a.value(), callScope));
            }
        }
        Map<String, ProviderConfig> passed = passedProviders(call, inherited);
        List<SyntaxRef> callers = new ArrayList<>(instance.callers());
        callers.add(call);
        List<Path> chain = new ArrayList<>(instance.dirChain());
        chain.add(dir);
        ParsedModule child = session.module(dir);
        Value outputs = load(child, new Instance(address, source, call, List.copyOf(callers), List.copyOf(chain)),
                inputs, passed);
        // With count/for_each the outputs become a list or map of objects whose shape finguard does not expand.
        return repeated ? unknownOutputs : outputs;
    }

    private Path childDirectory(ParsedModule parent, String source, Instance instance, String name) {
        if (ParsedModule.isLocalSource(source)) {
            Path dir = parent.dir.resolve(source).normalize();
            if (!Files.isDirectory(dir)) {
                SyntaxRef call = parent.moduleCalls.get(name);
                session.error(call.file(), call.block().range(),
                        "module \"" + name + "\": directory " + source + " does not exist");
                return null;
            }
            return dir;
        }
        String key = moduleKey(instance.address(), name);
        return rootContext.installedModuleDir(key);
    }

    /** The key Terraform writes in {@code .terraform/modules/modules.json}: call names joined by dots. */
    private static String moduleKey(String parentAddress, String name) {
        StringBuilder key = new StringBuilder();
        for (String part : parentAddress.split("\\.")) {
            if (!part.isEmpty() && !part.equals("module")) {
                key.append(part).append('.');
            }
        }
        return key.append(name).toString();
    }

    /**
     * Provider configurations a child sees: with {@code providers = { aws = aws.us_west }} exactly those mapped;
     * without it, every default (un-aliased) configuration of the parent, as Terraform does.
     */
    private static Map<String, ProviderConfig> passedProviders(SyntaxRef call, Map<String, ProviderConfig> parent) {
        Attribute providers = call.block().body().attribute("providers");
        Map<String, ProviderConfig> out = new LinkedHashMap<>();
        if (providers == null) {
            // by key, not by the configuration's alias: a module given `aws = aws.us_west` passes that
            // configuration on to its own children as their default `aws`
            parent.forEach((key, config) -> {
                if (!key.contains(".")) {
                    out.put(key, config);
                }
            });
            return out;
        }
        if (providers.value() instanceof Expression.ObjectCons obj) {
            for (Expression.ObjectItem item : obj.items()) {
                String childKey = call.config().source().slice(item.key().range()).trim();
                String parentKey = call.config().source().slice(item.value().range()).trim();
                ProviderConfig config = parent.get(parentKey);
                if (config == null) {
                    config = implicitProvider(parentKey, "");
                }
                out.put(childKey, config);
            }
        }
        return out;
    }

    private ProviderConfig provider(SyntaxRef ref, String address, Scope scope) {
        String name = ref.block().labels().get(0).value();
        String alias = null;
        Attribute aliasAttr = ref.block().body().attribute("alias");
        if (aliasAttr != null && evaluate(ref.file(), ref.config(), aliasAttr.value(), scope) instanceof Value.Str s) {
            alias = s.value();
        }
        Value defaultTags = null;
        for (Block dt : ref.block().body().blocks("default_tags")) {
            Attribute tags = dt.body().attribute("tags");
            defaultTags = tags == null ? new Value.Obj(Map.of(), Value.ObjKind.MAP)
                    : evaluate(ref.file(), ref.config(), tags.value(), scope);
        }
        return new ProviderConfig(name, alias, address, defaultTags, ref.location(), ref);
    }

    private static ProviderConfig implicitProvider(String key, String moduleAddress) {
        int dot = key.indexOf('.');
        String name = dot < 0 ? key : key.substring(0, dot);
        String alias = dot < 0 ? null : key.substring(dot + 1);
        return new ProviderConfig(name, alias, moduleAddress, null, Location.NONE);
    }

    private Resource resource(SyntaxRef ref, ResourceMode mode, Instance instance, ModuleScope scope,
                              Map<String, ProviderConfig> providers) {
        Block block = ref.block();
        String type = block.labels().get(0).value();
        String name = block.labels().get(1).value();
        String local = (mode == ResourceMode.DATA ? "data." : "") + type + "." + name;
        String address = instance.address().isEmpty() ? local : instance.address() + "." + local;

        Attribute countAttr = block.body().attribute("count");
        Attribute forEachAttr = block.body().attribute("for_each");
        Value count = countAttr == null ? null : evaluate(ref.file(), ref.config(), countAttr.value(), scope);
        Value forEach = forEachAttr == null ? null : evaluate(ref.file(), ref.config(), forEachAttr.value(), scope);
        Scope bodyScope = scope.forRepeatedBlock(countAttr != null, forEachAttr != null);
        List<EvalProblem> problems = new ArrayList<>();
        Value.Obj values = new BodyValues(bodyScope, ref.config().source(), rootContext.dir(), problems)
                .evaluate(block.body(), BodyValues.RESOURCE_META);
        report(ref.file(), problems);

        String providerKey = providerKey(ref, type);
        ProviderConfig provider = providers.get(providerKey);
        if (provider == null) {
            provider = implicitProvider(providerKey, instance.address());
        }
        return new Resource(address, mode, type, name, instance.address(), values, count, forEach, provider,
                ref.location(), ref, instance.callers(), ReferenceText.lazyOfArguments(block.body()),
                rootContext.reportPath());
    }

    /** {@code provider = aws.east} as written, else the provider named by the type's prefix ({@code aws_…}). */
    private static String providerKey(SyntaxRef ref, String type) {
        Attribute provider = ref.block().body().attribute("provider");
        if (provider != null) {
            return ref.config().source().slice(provider.value().range()).trim();
        }
        int underscore = type.indexOf('_');
        return underscore < 0 ? type : type.substring(0, underscore);
    }

    private Value evaluate(String file, ConfigFile config, Expression expr, Scope scope) {
        Evaluator evaluator = new Evaluator(scope, config.source(), rootContext.dir());
        Value value = evaluator.evaluate(expr);
        report(file, evaluator.problems());
        return value;
    }

    private void report(String file, List<EvalProblem> problems) {
        for (EvalProblem p : problems) {
            session.error(file, p.range(), p.message());
        }
    }
}
