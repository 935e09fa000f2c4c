package io.finguard.terraform.load;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.Expression;
import io.finguard.terraform.ProviderConfig;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.Scope;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code module} block in one module instance, expanded as Terraform expands it: one instance without
 * {@code count}/{@code for_each}, one per index or key with them, none for {@code count = 0} or an empty
 * {@code for_each}, and one standing for all when the collection is unknown. Its value ({@code module.<name>}) is
 * the instance's outputs, a tuple of them ({@code count}) or an object of them by key ({@code for_each}).
 */
final class ModuleCall {

    private static final Set<String> META = Set.of("source", "version", "providers", "count", "for_each",
            "depends_on");

    /** What the block expands to. {@code dir} is null when the module cannot be loaded (reported). */
    record Expansion(Path dir, List<ModuleInstance> instances, Value value) {
    }

    final ModuleInstance parent;
    final String name;
    final SyntaxRef block;
    private final LazyNode<Expansion> expansion;

    ModuleCall(ModuleInstance parent, String name, SyntaxRef block) {
        this.parent = parent;
        this.name = name;
        this.block = block;
        String node = address();
        this.expansion = new LazyNode<>(node, block.location(), parent.root.stack, this::expand,
                () -> new Expansion(null, List.of(), new Value.Unknown(node)));
    }

    Value value() {
        return expansion.get().value();
    }

    Expansion expansion() {
        return expansion.get();
    }

    /** The address of the call without an instance key: {@code module.a["x"].module.b}. */
    String address() {
        return (parent.address.isEmpty() ? "" : parent.address + ".") + "module." + name;
    }

    String source() {
        return ParsedModule.moduleSource(block);
    }

    private Expansion expand() {
        Value unknown = new Value.Unknown("module." + name);
        String source = source();
        if (source == null) {
            parent.root.session.error(block.file(), block.block().range(),
                    "module \"" + name + "\" has no literal source");
            return new Expansion(null, List.of(), unknown);
        }
        Path dir = directory(source);
        if (dir == null) {
            return new Expansion(null, List.of(), unknown);
        }
        if (parent.dirChain.contains(dir)) {
            parent.root.session.error(block.file(), block.block().range(),
                    "module \"" + name + "\" calls itself through " + source);
            return new Expansion(null, List.of(), unknown);
        }
        List<InstanceKey> keys = keys();
        ParsedModule child = parent.root.session.module(dir);
        Map<String, LazyNode<ProviderConfig>> passed = passedProviders();
        List<SyntaxRef> callers = new ArrayList<>(parent.callers);
        callers.add(block);
        List<Path> chain = new ArrayList<>(parent.dirChain);
        chain.add(dir);
        List<ModuleInstance> instances = new ArrayList<>(keys.size());
        for (InstanceKey key : keys) {
            instances.add(new ModuleInstance(parent.root, child, address() + key.addressSuffix(), source, block,
                    List.copyOf(callers), List.copyOf(chain), arguments(key), passed));
        }
        return new Expansion(dir, List.copyOf(instances), value(keys, instances, unknown));
    }

    private Value value(List<InstanceKey> keys, List<ModuleInstance> instances, Value unknown) {
        if (keys.size() == 1 && keys.get(0) instanceof InstanceKey.Single) {
            return instances.get(0).outputs();
        }
        if (keys.size() == 1 && keys.get(0) instanceof InstanceKey.Unknown) {
            return unknown;
        }
        if (block.block().body().attribute("count") != null) {
            List<Value> list = new ArrayList<>();
            instances.forEach(i -> list.add(i.outputs()));
            return new Value.Seq(list, Value.SeqKind.TUPLE);
        }
        LinkedHashMap<String, Value> byKey = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            byKey.put(((InstanceKey.Each) keys.get(i)).key(), instances.get(i).outputs());
        }
        return Value.Obj.owning(byKey, Value.ObjKind.OBJECT);
    }

    /** The module's directory: local, or installed by {@code terraform init}; null when it is not there. */
    private Path directory(String source) {
        if (ParsedModule.isLocalSource(source)) {
            Path dir = parent.module.dir.resolve(source).normalize();
            if (!Files.isDirectory(dir)) {
                parent.root.session.error(block.file(), block.block().range(),
                        "module \"" + name + "\": directory " + source + " does not exist");
                return null;
            }
            return dir;
        }
        return parent.root.installedModuleDir(moduleKey());
    }

    /** The key Terraform writes in {@code .terraform/modules/modules.json}: call names joined by dots. */
    String moduleKey() {
        StringBuilder key = new StringBuilder();
        for (SyntaxRef caller : parent.callers) {
            key.append(caller.block().labels().get(0).value()).append('.');
        }
        return key.append(name).toString();
    }

    /** The instance keys, from {@code count} or {@code for_each} evaluated in the parent instance. */
    private List<InstanceKey> keys() {
        Attribute count = block.block().body().attribute("count");
        Attribute forEach = block.block().body().attribute("for_each");
        if (count == null && forEach == null) {
            return List.of(InstanceKey.SINGLE);
        }
        if (count != null) {
            return countKeys(count);
        }
        Value v = parent.evaluate(block.file(), block.config(), forEach.value(), parent.scope);
        Map<Value, Value> entries = v.isKnown() ? BodyValues.forEachEntries(v) : null;
        if (v instanceof Value.Seq s && s.kind() != Value.SeqKind.SET) {
            entries = null;
            parent.error(block.file(), forEach.range().startLine(), "the for_each of module \"" + name
                    + "\" must be a map or a set of strings, not a " + (s.kind() == Value.SeqKind.LIST ? "list"
                    : "tuple") + "; convert it with toset()");
        } else if (v instanceof Value.Null) {
            parent.error(block.file(), forEach.range().startLine(),
                    "the for_each of module \"" + name + "\" is null");
        }
        if (entries == null) {
            return List.of(new InstanceKey.Unknown(false, true));
        }
        List<InstanceKey> keys = new ArrayList<>();
        for (Map.Entry<Value, Value> e : entries.entrySet()) {
            if (!(e.getKey() instanceof Value.Str key)) {
                return List.of(new InstanceKey.Unknown(false, true));
            }
            keys.add(new InstanceKey.Each(key.value(), e.getValue()));
        }
        return keys;
    }

    private List<InstanceKey> countKeys(Attribute count) {
        Value v = parent.evaluate(block.file(), block.config(), count.value(), parent.scope);
        if (v instanceof Value.Str s) {
            try {
                v = new Value.Num(new BigDecimal(s.value().trim()));
            } catch (NumberFormatException e) {
                // reported below as not a number
            }
        }
        if (v instanceof Value.Num n) {
            BigDecimal value = n.value();
            if (value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0
                    && value.compareTo(BigDecimal.valueOf(100_000)) <= 0) {
                List<InstanceKey> keys = new ArrayList<>();
                for (int i = 0; i < value.intValue(); i++) {
                    keys.add(new InstanceKey.Index(i));
                }
                return keys;
            }
            parent.error(block.file(), count.range().startLine(), "the count of module \"" + name
                    + "\" must be a whole number between 0 and 100000");
        } else if (v.isKnown()) {
            parent.error(block.file(), count.range().startLine(),
                    "the count of module \"" + name + "\" must be a number");
        }
        return List.of(new InstanceKey.Unknown(true, false));
    }

    /** The module's arguments for one instance, evaluated in the parent with that instance's count/each. */
    private ModuleInstance.Inputs arguments(InstanceKey key) {
        Scope argScope = key.names().isEmpty() ? parent.scope : parent.scope.child(key.names());
        return variable -> {
            if (META.contains(variable)) {
                return null;
            }
            Attribute argument = block.block().body().attribute(variable);
            return argument == null ? null : new VariableValues.Given(
                    parent.evaluate(block.file(), block.config(), argument.value(), argScope), block.file(),
                    argument.range().startLine());
        };
    }

    /**
     * Provider configurations the instances see: with {@code providers = { aws = aws.us_west }} exactly those
     * mapped; without it, every default (un-aliased) configuration of the parent, as Terraform does.
     */
    private Map<String, LazyNode<ProviderConfig>> passedProviders() {
        Attribute providers = block.block().body().attribute("providers");
        Map<String, LazyNode<ProviderConfig>> visible = parent.providerNodes();
        Map<String, LazyNode<ProviderConfig>> out = new LinkedHashMap<>();
        if (providers == null) {
            // by key, not by the configuration's alias: a module given `aws = aws.us_west` passes that
            // configuration on to its own children as their default `aws`
            visible.forEach((key, config) -> {
                if (!key.contains(".")) {
                    out.put(key, config);
                }
            });
            return out;
        }
        if (providers.value() instanceof Expression.ObjectCons obj) {
            for (Expression.ObjectItem item : obj.items()) {
                String childKey = block.config().source().slice(item.key().range()).trim();
                String parentKey = block.config().source().slice(item.value().range()).trim();
                LazyNode<ProviderConfig> config = visible.get(parentKey);
                if (config == null) {
                    ProviderConfig implicit = ProviderBlocks.implicit(parentKey, "");
                    config = new LazyNode<>(parentKey, block.location(), parent.root.stack, () -> implicit,
                            () -> implicit);
                }
                out.put(childKey, config);
            }
        }
        return out;
    }
}
