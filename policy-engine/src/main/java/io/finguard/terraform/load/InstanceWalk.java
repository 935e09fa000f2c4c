package io.finguard.terraform.load;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.terraform.Module;
import io.finguard.terraform.ProviderConfig;
import io.finguard.terraform.Resource;
import io.finguard.terraform.ResourceMode;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.EvalProblem;
import io.finguard.terraform.eval.Scope;
import io.finguard.terraform.origin.RootInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the module instances of a root, as Terraform's plan does, and adds what they hold to the session: each
 * instance's variables, locals, outputs and providers (the {@link Module}) and its resources and data sources.
 * A module call with no instances contributes nothing; its module is only validated (see {@link Validation}).
 */
final class InstanceWalk {

    private final LoadSession session;
    private final Validation validation;

    InstanceWalk(LoadSession session, Validation validation) {
        this.session = session;
        this.validation = validation;
    }

    /** Walks a root module's tree; {@code inputs} says which tfvars entry or {@code --var} set each variable. */
    void walkRoot(ModuleInstance root, Map<String, RootInput> inputs) {
        walk(root, null, inputs);
    }

    private void walk(ModuleInstance instance, String parent, Map<String, RootInput> inputs) {
        for (ModuleCall call : instance.calls().values()) {
            ModuleCall.Expansion expansion = call.expansion();
            if (expansion.dir() == null) {
                if (!ParsedModule.isLocalSource(call.source()) && call.source() != null) {
                    session.modules.add(new Module(call.address(), call.source(), null, false, Map.of(), Map.of(),
                            Map.of(), call.block, Map.of()));
                }
            } else if (expansion.instances().isEmpty()) {
                validation.validate(session.module(expansion.dir()));
            } else {
                expansion.instances().forEach(child -> walk(child, instance.address, Map.of()));
            }
        }
        Map<String, Value> variables = force(instance.variableNodes());
        Map<String, Value> locals = force(instance.localNodes());
        Map<String, ProviderConfig> providers = new LinkedHashMap<>();
        instance.providerNodes().forEach((key, node) -> providers.put(key, node.get()));
        Map<String, Value> outputs = force(instance.outputNodes());
        session.modules.add(new Module(instance.address, instance.source, session.reportPath(instance.module.dir),
                true, variables, locals, providers, instance.call, outputs));
        session.sources.add(InstanceSources.of(session, instance, parent, variables, locals, inputs));
        for (SyntaxRef ref : instance.module.resources) {
            session.resources.add(resource(ref, ResourceMode.MANAGED, instance, providers));
        }
        for (SyntaxRef ref : instance.module.dataSources) {
            session.resources.add(resource(ref, ResourceMode.DATA, instance, providers));
        }
    }

    private static Map<String, Value> force(Map<String, LazyNode<Value>> nodes) {
        Map<String, Value> out = new LinkedHashMap<>();
        nodes.forEach((name, node) -> out.put(name, node.get()));
        return out;
    }

    private Resource resource(SyntaxRef ref, ResourceMode mode, ModuleInstance instance,
                              Map<String, ProviderConfig> providers) {
        Block block = ref.block();
        String type = block.labels().get(0).value();
        String name = block.labels().get(1).value();
        String local = (mode == ResourceMode.DATA ? "data." : "") + type + "." + name;
        String address = instance.address.isEmpty() ? local : instance.address + "." + local;

        Attribute countAttr = block.body().attribute("count");
        Attribute forEachAttr = block.body().attribute("for_each");
        Value count = countAttr == null ? null
                : instance.evaluate(ref.file(), ref.config(), countAttr.value(), instance.scope);
        Value forEach = forEachAttr == null ? null
                : instance.evaluate(ref.file(), ref.config(), forEachAttr.value(), instance.scope);
        Value.Obj values;
        if (Resource.createsNothing(count, forEach)) {
            // Terraform never evaluates the body of a resource with no instances; it only validates it
            // count and for_each were evaluated for real just above: only the body is left to validate
            values = validation.body(instance.module, ref, BodyValues.RESOURCE_META);
        } else {
            Scope bodyScope = instance.scope.forRepeatedBlock(countAttr != null, forEachAttr != null);
            List<EvalProblem> problems = new ArrayList<>();
            values = new BodyValues(bodyScope, ref.config().source(), instance.root.dir(),
                    session.files, instance.root.budget, problems).evaluate(block.body(), BodyValues.RESOURCE_META);
            instance.report(ref.file(), problems);
        }
        String providerKey = providerKey(ref, type);
        LazyNode<ProviderConfig> configured = instance.providerNodes().get(providerKey);
        ProviderConfig provider = configured != null ? providers.get(providerKey)
                : ProviderBlocks.implicit(providerKey, instance.address);
        return new Resource(address, mode, type, name, instance.address, values, count, forEach, provider,
                ref.location(), ref, instance.callers, ReferenceText.lazyOfArguments(block.body()),
                instance.root.reportPath());
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
}
